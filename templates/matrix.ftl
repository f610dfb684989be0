<#-- 二、类别与国家对照: counts per category and country, in slices that fit the page width. -->
<div class="section">
<@p.h1 id="matrix" number=no("matrix") title=t('matrix')/>
<#-- A Chinese name of five to sixteen characters breaks into lines of at most four, as even as
     they can be (埃塞俄 / 比亚, 中国香 / 港特别 / 行政区), where the column's end broke it after each
     fourth and could leave one character alone (埃塞俄比 / 亚, 中国香港 / 特别行政 / 区). -->
<#macro head name><#local n = name?length><#if n gte 5 && n lte 16 && name?matches("[\\u3400-\\u9FFF]+")><#local lines = ((n + 3) / 4)?floor><#local size = (n / lines)?floor><#local longer = n % lines><#list 0..<lines as i><#local from = i * size + [i, longer]?min><span class="nobr">${name[from..<(from + size + (i lt longer)?then(1, 0))]}</span></#list><#else>${name}</#if></#macro>
<#list b.matrix as part>
<#-- countries beyond one table's width go on in further tables; their total column counts all -->
<#assign total = t((b.matrix?size gt 1)?then('matrix.totalAll', 'matrix.total'))>
<#-- a table of up to 15 categories that fits a page is kept on one: openhtmltopdf split one of
     three categories before its totals row, which stood alone overleaf under the repeated header -->
<div class="matrix-part<#if part.whole> whole</#if>">
<#-- the parts are one table cut by its columns: each further part is Table 1, continued -->
<div class="caption">${t((part?index == 0)?then('matrix.caption', 'matrix.captionContinued'), 1)}</div>
<table class="matrix">
  <thead>
    <tr><th class="m-cat" style="width: ${part.categoryWidth};">${t('matrix.category')}<span class="continued">${t('col.continued')}</span></th><#list part.countryNames as name><th class="num" style="width: ${part.countryWidths[name?index]};"><@head name/></th></#list><th class="num">${total}</th></tr>
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
