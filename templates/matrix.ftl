<#-- 二、类别与国家对照: counts per category and country, in slices that fit the page width. -->
<div class="section">
<@p.h1 id="matrix" number=no("matrix") title=t('matrix')/>
<#-- A Chinese name of five to eight characters breaks in its middle (埃塞俄 / 比亚), where the
     column's end broke it after the fourth and left one character alone. -->
<#macro head name><#if name?length gte 5 && name?length lte 8 && name?matches("[\\u3400-\\u9FFF]+")><#local half = ((name?length + 1) / 2)?floor><span class="nobr">${name[0..<half]}</span><span class="nobr">${name[half..]}</span><#else>${name}</#if></#macro>
<#list b.matrix as part>
<#-- countries beyond one table's width go on in further tables; their total column counts all -->
<#assign total = t((b.matrix?size gt 1)?then('matrix.totalAll', 'matrix.total'))>
<#-- a table of up to 15 categories is kept on one page: openhtmltopdf split one of three
     categories before its totals row, which stood alone overleaf under the repeated header -->
<div class="matrix-part<#if part.rows?size lte 15> whole</#if>">
<div class="caption">${t((part?index == 0)?then('matrix.caption', 'matrix.captionContinued'), part?counter)}</div>
<table class="matrix">
  <thead>
    <tr><th class="m-cat" style="width: ${part.categoryWidth};">${t('matrix.category')}<span class="continued">${t('col.continued')}</span></th><#list part.countryNames as name><th class="num"><@head name/></th></#list><th class="num">${total}</th></tr>
  </thead>
  <tbody>
    <#list part.rows as row>
    <tr><td class="m-cat"<@p.lang row.category.nameFallback/>><@p.swatch row.category/><@p.categoryName row.category/></td><#list row.counts as n><td class="num<#if n == '0'> zero</#if>">${n}</td></#list><td class="num total">${row.total}</td></tr>
    </#list>
    <tr class="totals"><td class="m-cat">${total}</td><#list part.columnTotals as n><td class="num">${n}</td></#list><td class="num total">${part.grandTotal}</td></tr>
  </tbody>
</table>
<div class="source-line">${t('matrix.source')}</div>
</div>
</#list>
</div>
