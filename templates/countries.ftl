<#-- 三、国别分析: one sub-section per country, its documents and its measures by category. -->
<div class="section">
<@p.h1 id="countries" number=no("countries") title=t('countries')/>
<#list b.countries as c>
<div class="country">
<h2 id="${c.anchor}">${countryNo(c?counter)}${c.name}</h2>
<p class="body">${t('country.intro', c.name, c.documentCount, c.measureCount)}</p>
<h3>${t('country.documents')}</h3>
<#list c.documents as d><@p.document d/></#list>
<h3>${t('country.measures')}</h3>
<#if c.measures?has_content>
<table class="measures">
  <thead>
    <tr><th class="c-id">${t('col.id')}</th><th class="c-cat">${t('col.category')}</th><th class="c-measure">${t('col.measure')}<span class="continued">${t('col.continued')}</span></th></tr>
  </thead>
  <tbody>
    <#list c.measures as m>
    <tr>
      <td class="c-id">${m.id}</td>
      <td class="c-cat"><@p.swatch m.category/><@p.bdi m.category.name/><@p.fallback m.category.nameFallback/></td>
      <td class="c-measure"><div class="m-title"<@p.dir m.title/>>${m.title}<@p.fallback m.titleFallback/></div><#if m.summary?has_content><div class="m-summary"<@p.dir m.summary/>>${m.summary}<@p.fallback m.summaryFallback/></div></#if><#if m.tags?has_content><div class="tags"><#list m.tags as tag><span class="tag">${tag}</span><#sep> </#sep></#list></div></#if></td>
    </tr>
    </#list>
  </tbody>
</table>
<#else>
<p class="body">${t('country.noMeasures')}</p>
</#if>
</div>
</#list>
</div>
