<#-- The briefing: one XHTML document laid out by openhtmltopdf. Data arrives as `b` (BriefingView);
     fixed text comes from t("key", …). Every ${…} is escaped by the XHTML output format. -->
<#import "parts.ftl" as p>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${b.lang}" xml:lang="${b.lang}">
<head>
<meta charset="UTF-8"/>
<title>${b.title}</title>
<meta name="subject" content="${t('meta.subject', t('series'), b.subtitle)}"/>
<meta name="author" content="${b.organisation}"/>
<#-- H1 sections in reading order (design guide §5); their numbers follow from it. -->
<#assign sections = ["summary"] + news???then(["whatsnew"], []) + ["charts", "matrix", "countries", "sources", "method"]>
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
  <#if part.front><bookmark name="${t('toc')}" href="#toc"/></#if>
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
    font-family: ${p.fontFamily}; font-size: 8pt; line-height: 12pt; color: #595959; vertical-align: top; padding-top: 4mm; width: 25%;
  }
}
</style>
</head>
<body>
<div class="running-title">${b.runningTitle}</div>
<div class="running-footer">${b.runningOrganisation} · ${b.seriesLabel} · ${b.editionDate}</div>

<#if part.front>
<#include "cover.ftl">

<#-- Table of contents; in a briefing rendered in parts, the page numbers come as data. -->
<#macro tocEntry class anchor title>
<li class="${class}" id="toc-${anchor}"><a href="#${anchor}" title="${title}"<#if !part.whole()> data-page="${tocPage(anchor)}"</#if>>${title}</a></li>
</#macro>
<div class="toc-page">
  <h1 class="toc-title" id="toc">${t('toc')}</h1>
  <ul class="toc">
    <#list sections as s>
    <@tocEntry "toc-h1" s no(s) + t(s)/>
    <#if s == "countries"><#list b.countries as c>
    <@tocEntry "toc-h2" c.anchor countryNo(c?counter) + c.name/>
    </#list></#if>
    </#list>
  </ul>
  <#if figures?has_content>
  <h2 class="toc-title figures-title">${t('figures')}</h2>
  <ul class="toc">
    <#list figures as f>
    <@tocEntry "toc-figure" f.id t('fig.number', f.number) + t('fig.separator') + t('chart.' + f.type, b.countries?size)/>
    </#list>
  </ul>
  </#if>
</div>
</#if>

<#if part.lead>
<#include "summary.ftl">
<#if news??><#include "whatsnew.ftl"></#if>
<#include "charts.ftl">
<#include "matrix.ftl">
</#if>
<#if part.countries()><#include "countries.ftl"></#if>
<#if part.back><#include "sources.ftl"></#if>
</body>
</html>
