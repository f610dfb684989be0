<#-- One section per country, each on a new page: its measures in a table of id, category, title
     and summary, the header repeated on every page. -->
<div class="section"<#if part.countriesStart()> id="countries"</#if>>
<#list part.slices as slice>
<#assign c = b.countries[slice.country]>
<div class="country<#if slice.opens> country-start</#if>">
<#if slice.opens>
<h2 id="${c.anchor}">${countryNo(slice.country + 1)}${c.name}</h2>
</#if>
<#if c.measures?has_content>
<table class="measures">
  <thead>
    <tr><th class="c-id">${t('col.id')}</th><th class="c-cat">${t('col.category')}</th><th class="c-title">${t('col.title')}</th><th class="c-summary">${t('col.measure')}</th></tr>
  </thead>
  <#list c.measures[slice.from..<slice.to]?chunk(20) as group>
  <tbody>
    <#list group as m>
    <tr><td class="c-id">${m.id}</td><td class="c-cat"><@p.bdi m.category.name/></td><td class="c-title"<@p.dir m.title/>>${m.title}</td><td class="c-summary"<@p.dir m.summary/>>${m.summary}</td></tr>
    </#list>
  </tbody>
  </#list>
</table>
</#if>
</div>
</#list>
</div>
