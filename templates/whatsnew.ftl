<#-- 本期更新: documents, measures, categories and countries' names added, removed or changed since
     the previous edition (`news`). Categories and countries have no country column. -->
<#macro changes items countries=true>
<table class="measures changes">
  <thead>
    <tr><th class="c-change">${t('whatsnew.col.change')}</th><th class="c-id">${t('col.id')}</th><#if countries><th class="c-country">${t('whatsnew.col.country')}</th></#if><th class="c-measure">${t(countries?then('col.title', 'whatsnew.col.name'))}<span class="continued">${t('col.continued')}</span></th></tr>
  </thead>
  <tbody>
    <#list items as i>
    <#-- the first row may split, as in the measures tables: kept whole, a tall one (a title of
         1,000 characters) went to the next page and left the header alone under the intro -->
    <tr class="change-${i.kind}<#if i?is_first> first</#if>">
      <td class="c-change">${t('whatsnew.' + i.kind)}</td>
      <td class="c-id">${i.id}</td>
      <#if countries><td class="c-country">${i.country}</td></#if>
      <td class="c-measure"<@p.dir i.title/>>${i.title}</td>
    </tr>
    </#list>
  </tbody>
</table>
</#macro>
<div class="section">
<@p.h1 id="whatsnew" number=no("whatsnew") title=t('whatsnew')/>
<#if news.first>
<p class="body"><@p.justified t('whatsnew.first')/></p>
<#elseif !news.documents.any && !news.measures.any && !news.categories.any && !news.countries.any>
<p class="body"><@p.justified t('whatsnew.none', news.previousEdition)/></p>
<#else>
<p class="body"><@p.justified t('whatsnew.intro', news.previousEdition)/></p>
<#if news.measures.any>
<h2 class="plain">${t('whatsnew.measures', news.measures.added, news.measures.removed, news.measures.changed)}</h2>
<@changes news.measureChanges/>
</#if>
<#if news.documents.any>
<h2 class="plain">${t('whatsnew.documents', news.documents.added, news.documents.removed, news.documents.changed)}</h2>
<@changes news.documentChanges/>
</#if>
<#if news.categories.any>
<h2 class="plain">${t('whatsnew.categories', news.categories.added, news.categories.removed, news.categories.changed)}</h2>
<@changes news.categoryChanges false/>
</#if>
<#if news.countries.any>
<h2 class="plain">${t('whatsnew.countries', news.countries.added, news.countries.removed, news.countries.changed)}</h2>
<@changes news.countryChanges false/>
</#if>
</#if>
</div>
