<#-- 一、摘要: findings first, written from the data. -->
<#function leading c>
  <#local named = prose(c.leadingCategories?map(x -> t('summary.leadingItem', p.iso(x.category.name), x.count)))>
  <#switch c.leadingKind>
    <#case "one"><#return t('summary.leadingAll', p.iso(c.leadingCategories[0].category.name), c.measureCount)>
    <#case "all"><#return t('summary.leadingCovers', named)>
    <#case "even"><#return t('summary.leadingEven', c.leadingCategories?size, c.leadingCategories[0].count)>
    <#case "tied"><#return t('summary.leadingTied', c.leadingCategories?size, c.leadingCategories[0].count)>
    <#case "most"><#return t('summary.leading', named)>
    <#case "led"><#return t('summary.leadingLed', c.categoryCount, named, c.leadingCategories?size)>
    <#case "spread"><#return t('summary.leadingSpread', c.categoryCount, c.leadingCategories[0].count)>
    <#default><#return ''>
  </#switch>
</#function>
<div class="section">
<@p.h1 id="summary" number=no("summary") title=t('summary')/>
<div class="takeaways">
  <div class="takeaways-title">${t('summary.takeaways')}</div>
  <ul>
    <#-- a selection of categories is not "classified by a taxonomy of 1 category" -->
    <li><@p.bullet/><@p.justified t((b.totals.categories == b.totals.taxonomy)?then('summary.intro', 'summary.introSelected'), b.totals.countries, b.totals.documents, b.totals.measures, b.totals.categories, b.totals.taxonomy)/></li>
    <#-- a country whose measures are all in the categories named is said to be on them, not
         "mostly on" them, nor is one whose categories named hold half of them or less; more than
         three alike are counted, not named -->
    <#list b.countries as c>
    <#if c?index == 5><#break></#if>
    <li><@p.bullet/><#if c.measures?has_content><@p.justified t('summary.country', p.iso(c.name), c.documentCount, c.measureCount) + leading(c) + t('sentence.end')/><#else><@p.justified t('summary.noMeasures', p.iso(c.name), c.documentCount) + t('sentence.end')/></#if></li>
    </#list>
    <#if b.countries?size gt 5><li><@p.bullet/><@p.justified t('summary.more', b.countries?size - 5)/></li></#if>
    <#if news??>
    <li><@p.bullet/><#if news.first>${t('summary.whatsnew.first')}<#elseif !news.documents.any && !news.measures.any && !news.categories.any && !news.countries.any><@p.justified t('summary.whatsnew.none', news.previousEdition)/><#else><@p.justified t('summary.whatsnew', news.previousEdition, news.measures.added, news.measures.removed, news.measures.changed, news.documents.added, news.documents.removed, news.documents.changed) + news.categories.any?then(t('summary.whatsnew.categories', news.categories.added, news.categories.removed, news.categories.changed), '') + news.countries.any?then(t('summary.whatsnew.countries', news.countries.added, news.countries.removed, news.countries.changed), '')/></#if></li>
    </#if>
    <#if figures?has_content><li><@p.bullet/><@p.justified t('summary.figures', figures?map(f -> t('chart.' + f.type + '.ref', f.number, b.countries?size))?join(t('summary.figuresSeparator')))/></li></#if>
  </ul>
</div>
<#-- documents dated after the edition are not among its latest: with none left, no list -->
<#if b.recentDocuments?has_content>
<h2 class="plain">${t('summary.recent')}</h2>
<ul class="recent">
  <#list b.recentDocuments as d>
  <li><@p.bullet/><@p.justified t('summary.recentLead', d.date, p.iso(d.country))/><#if d.titleFallback && !rtl(d.title)><span<@p.lang true/>><@p.tagged d.title true/></span><#else><span<@p.lang d.titleFallback/>><#if rtl(d.title)><@p.bdi d.title/><#else><@p.justified d.title/></#if></span><@p.fallback d.titleFallback/></#if></li>
  </#list>
</ul>
</#if>
</div>
