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
<bookmarks>
  <bookmark name="${t('toc')}" href="#toc"/>
  <#list sections as s>
  <bookmark name="${no(s)}${t(s)}" href="#${s}"><#if s == "countries"><#list b.countries as c>
    <bookmark name="${countryNo(c?counter)}${c.name}" href="#${c.anchor}"/></#list></#if></bookmark>
  </#list>
</bookmarks>
<style>
<#include "briefing.css">
@page {
  @bottom-right {
    content: "${t('page.before')}" counter(page) "${t('page.middle')}" counter(pages) "${t('page.after')}";
    font-family: ${p.fontFamily}; font-size: 8pt; color: #595959; vertical-align: top; padding-top: 4mm;
  }
}
</style>
</head>
<body>
<div class="running-title">${b.title}</div>
<div class="running-footer">${b.organisation} · ${b.seriesLabel} · ${b.editionDate}</div>

<#include "cover.ftl">

<#-- Table of contents -->
<div class="toc-page">
  <h1 class="toc-title" id="toc">${t('toc')}</h1>
  <ul class="toc">
    <#list sections as s>
    <li class="toc-h1"><a href="#${s}" title="${no(s)}${t(s)}">${no(s)}${t(s)}</a></li>
    <#if s == "countries"><#list b.countries as c>
    <li class="toc-h2"><a href="#${c.anchor}" title="${countryNo(c?counter)}${c.name}">${countryNo(c?counter)}${c.name}</a></li>
    </#list></#if>
    </#list>
  </ul>
  <#if figures?has_content>
  <h2 class="toc-title figures-title">${t('figures')}</h2>
  <ul class="toc">
    <#list figures as f>
    <li class="toc-figure"><a href="#${f.id}" title="${t('fig.number', f.number)}${t('fig.separator')}${t('chart.' + f.type)}">${t('fig.number', f.number)}${t('fig.separator')}${t('chart.' + f.type)}</a></li>
    </#list>
  </ul>
  </#if>
</div>

<#include "summary.ftl">
<#if news??><#include "whatsnew.ftl"></#if>
<#include "charts.ftl">
<#include "matrix.ftl">
<#include "countries.ftl">
<#include "sources.ftl">
</body>
</html>
