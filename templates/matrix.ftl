<#-- 二、类别与国家对照: counts per category and country, in slices that fit the page width. -->
<div class="section">
<@p.h1 id="matrix" number=no("matrix") title=t('matrix')/>
<#list b.matrix as part>
<div class="caption">${t('matrix.caption', part?counter)}</div>
<table class="matrix">
  <thead>
    <tr><th class="m-cat">${t('matrix.category')}</th><#list part.countryNames as name><th class="num">${name}</th></#list><th class="num">${t('matrix.total')}</th></tr>
  </thead>
  <tbody>
    <#list part.rows as row>
    <tr><td class="m-cat"><@p.swatch row.category/><@p.bdi row.category.name/><@p.fallback row.category.nameFallback/></td><#list row.counts as n><td class="num<#if n == '0'> zero</#if>">${n}</td></#list><td class="num total">${row.total}</td></tr>
    </#list>
    <tr class="totals"><td class="m-cat">${t('matrix.total')}</td><#list part.columnTotals as n><td class="num">${n}</td></#list><td class="num total">${part.grandTotal}</td></tr>
  </tbody>
</table>
<div class="source-line">${t('matrix.source')}</div>
</#list>
</div>
