<#-- bench/reference-look: the content of ../shared/bench/REFERENCE.md's briefing (cover; the
     category-by-country table and one bar chart; per country, a table of id, category, title and
     summary), with the parts logic of templates/briefing.ftl. For `bench/run.sh`'s LOOK=reference. -->
<#import "parts.ftl" as p>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${b.lang}" xml:lang="${b.lang}">
<head>
<meta charset="UTF-8"/>
<title>${b.title}</title>
<meta name="subject" content="${t('meta.subject', t('series'), b.subtitle)}"/>
<meta name="author" content="${b.organisation}"/>
<#-- H1 sections in reading order (design guide §5); their numbers follow from it. -->
<#assign sections = ["matrix", "countries"]>
<#function no id><#return b.numbering.h1(sections?seq_index_of(id) + 1)></#function>
<#function countryNo n><#return b.numbering.h2(sections?seq_index_of("countries") + 1, n)></#function>
<#-- `part`: the pieces this document holds (PartView). A long briefing is rendered in parts; each
     lists its own bookmarks, and the front matter's contents get their page numbers as data. -->
<#function inPart s>
  <#if s == "countries"><#return part.countriesStart()></#if>
  <#if s == "sources" || s == "method"><#return part.back></#if>
  <#return part.lead>
</#function>
<#function tocPage anchor><#return part.tocPages[anchor]!"00000"></#function>
<#macro countryBookmarks><#list part.slices?filter(x -> x.opens) as slice><#assign c = b.countries[slice.country]>
    <bookmark name="${countryNo(slice.country + 1)}${c.name}" href="#${c.anchor}"/></#list></#macro>
<bookmarks>
  <#list sections as s>
  <#if inPart(s)>
  <bookmark name="${no(s)}${t(s)}" href="#${s}"><#if s == "countries"><@countryBookmarks/></#if></bookmark>
  <#elseif s == "countries" && part.countries()><@countryBookmarks/>
  </#if>
  </#list>
</bookmarks>
<style>
<#include "briefing.css">
@page {
  @bottom-right {
    <#-- a briefing in parts cannot know its page count while a part is drawn: the folio alone -->
    content: "${t('page.before')}" counter(page)<#if part.whole()> "${t('page.middle')}" counter(pages)</#if> "${t('page.after')}";
    font-family: ${p.fontFamily}; font-size: 8pt; line-height: 12pt; color: #595959; vertical-align: top; padding-top: 4mm;
  }
}
@page { margin: 15mm; }
/* REFERENCE.md: 8 pt text; columns 17 : 24 : 40 : rest of 180 mm (widths here exclude the 4 pt
   padding on either side). */
table.measures { font-size: 8pt; line-height: 12pt; }
th.c-id, td.c-id { width: 14.2mm; }
th.c-cat, td.c-cat { width: 21.2mm; }
th.c-title, td.c-title { width: 37.2mm; }
th.c-summary, td.c-summary { width: 96.1mm; }
.country-start { page-break-before: always; }
</style>
</head>
<body>
<div class="running-title">${b.title}</div>
<div class="running-footer">${b.organisation} · ${b.seriesLabel} · ${b.editionDate}</div>

<#if part.front>
<div class="cover">
  <h1 class="cover-title">${b.title}</h1>
  <p class="cover-date">${b.editionDate}</p>
  <p class="cover-date">${t('summary.intro', b.totals.countries, b.totals.documents, b.totals.measures, b.totals.categories)}</p>
</div>

</#if>

<#if part.lead>
<#include "matrix.ftl">
</#if>
<#if part.countries()><#include "countries.ftl"></#if>
</body>
</html>
