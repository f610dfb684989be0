<#-- 三、国别分析: one sub-section per country, its documents and its measures by category. -->
<#-- A measure's title (and what follows it on its line), and its summary and tags. -->
<#macro measureTitle m><div class="m-title"<@p.dir m.title/><@p.lang m.titleFallback/>><@p.tagged m.title m.titleFallback/><#nested></div></#macro>
<#macro measureText m><#if m.summary?has_content><div class="m-summary"<@p.dir m.summary/><@p.lang m.summaryFallback/>><@p.tagged m.summary m.summaryFallback/></div></#if><#if m.tags?has_content><div class="tags">${t('tags')}${list(m.tags)}</div></#if></#macro>
<div class="section">
<#if part.countriesStart()>
<@p.h1 id="countries" number=no("countries") title=t('countries')/>
<#else>
<div class="running-section">${no("countries")}${t('countries')}</div>
</#if>
<#list part.slices as slice>
<#assign c = b.countries[slice.country]>
<div class="country">
<#if slice.opens>
<#-- the heading, its introduction and the first document move to a new page together -->
<div class="country-head">
<h2 id="${c.anchor}">${countryNo(slice.country + 1)}${c.name}</h2>
<p class="body"><@p.justified t(b.scope?has_content?then('country.introSelection', 'country.intro'), p.iso(c.name), c.documentCount, c.measureCount)/></p>
<h3>${t('country.documents')}</h3>
<#if c.documents?has_content><@p.document c.documents[0]/></#if>
</div>
<#list c.documents as d><#if d?index gt 0><@p.document d/></#if></#list>
<#-- near a page's foot the heading of a table goes overleaf; one line saying there are no
     measures stays with the country's documents -->
<h3<#if c.measures?has_content> class="measures-heading"</#if>>${t('country.measures')}</h3>
</#if>
<#if c.measures?has_content>
<table class="measures">
  <thead>
    <#-- a table that goes on from the previous part says so from its first header -->
    <tr><th class="c-id">${t('col.id')}</th><th class="c-cat">${t('col.category')}</th><th class="c-measure">${t('col.measure')}<span class="continued<#if !slice.opens> shown</#if>">${t('col.continued')}</span></th></tr>
  </thead>
  <#-- Rows go in groups of 20, one tbody each: openhtmltopdf re-sets the cell widths of a whole
       row group whenever a row moves to the next page, which made one long tbody quadratic. -->
  <#list c.measures[slice.from..<slice.to]?chunk(20) as group>
  <tbody>
    <#list group as m>
    <#-- the first row may split: kept whole, openhtmltopdf moved it alone to the next page when
         it did not fit, and left the header at the foot of this one -->
    <#-- so may a row whose summary takes more than about 14 lines of the measure column (30 ems
         a line; a Chinese character is an em, a Latin one about half), a third of the page with
         its title: kept whole, it went to the next page and left this one up to two thirds empty -->
    <#assign chinese = (b.lang == 'en') == m.summaryFallback>
    <#assign long = m.summary?length * chinese?then(1, 0.55) gt 420>
    <#assign titleChinese = (b.lang == 'en') == m.titleFallback>
    <#-- id and category run on from one line's height beside the least a continued summary keeps
         (its title, two lines and the tags): one of more than four lines (a category of 24 ems,
         an id of 36 characters) ran on past its row into the next measure's, printed over it -->
    <#assign categoryChinese = (b.lang == 'en') == m.category.nameFallback>
    <#if long && m.title?length * titleChinese?then(1, 0.55) lte 60
        && m.category.name?length * categoryChinese?then(1, 0.55) lte 24 && m.id?length lte 36>
    <#-- A long row is a table of its own whose header row is the measure's id, category and
         title: openhtmltopdf repeats it, with (continued), at the top of each page the summary
         goes on to, which began with empty id and category cells. Not for a title of more than
         two lines (60 ems), which would fill the top of every page the summary goes on to, nor
         for an id or category of more than four lines (above). Id and category take one
         line's height there and run on beside the summary, which is one cell: with empty cells
         beside it, the table stayed when its summary went overleaf and left the title alone. -->
    <tr class="<#if group?is_first && m?is_first>first<#else>long</#if>"><td class="long-measure" colspan="3"><table class="long-measure">
      <thead><tr><td class="c-id"><div class="one-line">${m.id}</div></td><td class="c-cat"<@p.lang m.category.nameFallback/>><div class="one-line"><@p.swatch m.category/><@p.categoryName m.category/></div></td><td class="c-measure"><@measureTitle m><span class="continued">${t('col.continued')}</span></@measureTitle></td></tr></thead>
      <tbody><tr><td class="c-measure long-text" colspan="3"><div class="m-text"><@measureText m/></div></td></tr></tbody>
    </table></td></tr>
    <#else>
    <tr<#if group?is_first && m?is_first> class="first"<#elseif long> class="long"</#if>>
      <td class="c-id">${m.id}</td>
      <td class="c-cat"<@p.lang m.category.nameFallback/>><@p.swatch m.category/><@p.categoryName m.category/></td>
      <td class="c-measure"><@measureTitle m/><@measureText m/></td>
    </tr>
    </#if>
    </#list>
  </tbody>
  </#list>
</table>
<#else>
<p class="body"><@p.justified t('country.noMeasures')/></p>
</#if>
</div>
</#list>
</div>
