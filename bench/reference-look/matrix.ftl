<#-- Overview: measures per category for the leading countries (the first slice of the matrix),
     then the grouped-bar chart of categories by country. -->
<div class="section">
<@p.h1 id="matrix" number=no("matrix") title=t('matrix')/>
<#list b.matrix[0..<1] as part>
<table class="matrix">
  <thead>
    <tr><th class="m-cat">${t('matrix.category')}</th><#list part.countryNames as name><th class="num" style="width: ${part.countryWidths[name?index]};">${name}</th></#list></tr>
  </thead>
  <tbody>
    <#list part.rows as row>
    <tr><td class="m-cat"><@p.bdi row.category.name/></td><#list row.counts as n><td class="num">${n}</td></#list></tr>
    </#list>
  </tbody>
</table>
</#list>
<#list figures?filter(f -> f.type == "category-bars") as f>
<div class="figure" id="${f.id}">
  <#if f.legend?has_content>
  <div class="legend"><#list f.legend as e><span class="legend-item"><span class="swatch" style="background-color: ${e.color};"> </span>${e.name}</span><#sep> </#sep></#list></div>
  </#if>
  <object class="chart" type="pb/chart" data-chart="${f.id}" style="height: ${f.height};"></object>
</div>
</#list>
</div>
