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
<bookmarks>
  <bookmark name="${t('toc')}" href="#toc"/>
  <bookmark name="${b.numbering.h1(1)}${t('summary')}" href="#summary"/>
  <bookmark name="${b.numbering.h1(2)}${t('charts')}" href="#charts"/>
  <bookmark name="${b.numbering.h1(3)}${t('matrix')}" href="#matrix"/>
  <bookmark name="${b.numbering.h1(4)}${t('countries')}" href="#countries">
  <#list b.countries as c>
    <bookmark name="${b.numbering.h2(c?counter)}${c.name}" href="#${c.anchor}"/>
  </#list>
  </bookmark>
  <bookmark name="${b.numbering.h1(5)}${t('sources')}" href="#sources"/>
  <bookmark name="${b.numbering.h1(6)}${t('method')}" href="#method"/>
</bookmarks>
<style>
<#include "briefing.css">
@page {
  @bottom-right {
    content: "${t('page.before')}" counter(page) "${t('page.middle')}" counter(pages) "${t('page.after')}";
    font-family: "Noto Sans SC", "Noto Sans"; font-size: 8pt; color: #595959; vertical-align: top; padding-top: 4mm;
  }
}
</style>
</head>
<body>
<div class="running-title">${b.title}</div>
<div class="running-footer">${b.organisation} · ${b.seriesLabel} · ${b.editionDate}</div>

<#-- Cover -->
<div class="cover">
  <div class="cover-band"><div class="cover-series">${b.seriesLabel}</div></div>
  <h1 class="cover-title">${b.title}</h1>
  <p class="cover-subtitle">${b.subtitle}</p>
  <p class="cover-date">${t('cover.edition', b.editionDate)}</p>
  <p class="cover-date">${t('cover.cutoff', b.dataCutoff)}</p>
  <table class="figures">
    <tr>
      <td><div class="figure-value">${b.totals.documents}</div><div class="figure-label">${t('figure.documents')}</div></td>
      <td><div class="figure-value">${b.totals.measures}</div><div class="figure-label">${t('figure.measures')}</div></td>
      <td><div class="figure-value">${b.totals.countries}</div><div class="figure-label">${t('figure.countries')}</div></td>
      <td><div class="figure-value">${b.totals.categories}</div><div class="figure-label">${t('figure.categories')}</div></td>
    </tr>
  </table>
  <div class="cover-organisation">${b.organisation}</div>
</div>

<#-- Table of contents -->
<div class="toc-page">
  <h1 class="toc-title" id="toc">${t('toc')}</h1>
  <ul class="toc">
    <li class="toc-h1"><a href="#summary">${b.numbering.h1(1)}${t('summary')}</a></li>
    <li class="toc-h1"><a href="#charts">${b.numbering.h1(2)}${t('charts')}</a></li>
    <li class="toc-h1"><a href="#matrix">${b.numbering.h1(3)}${t('matrix')}</a></li>
    <li class="toc-h1"><a href="#countries">${b.numbering.h1(4)}${t('countries')}</a></li>
    <#list b.countries as c>
    <li class="toc-h2"><a href="#${c.anchor}">${b.numbering.h2(c?counter)}${c.name}</a></li>
    </#list>
    <li class="toc-h1"><a href="#sources">${b.numbering.h1(5)}${t('sources')}</a></li>
    <li class="toc-h1"><a href="#method">${b.numbering.h1(6)}${t('method')}</a></li>
  </ul>
  <#if figures?has_content>
  <h2 class="toc-title figures-title">${t('figures')}</h2>
  <ul class="toc">
    <#list figures as f>
    <li class="toc-figure"><a href="#${f.id}">${t('fig.number', f.number)}　${t('chart.' + f.type)}</a></li>
    </#list>
  </ul>
  </#if>
</div>

<#include "summary.ftl">
<#include "charts.ftl">
<#include "matrix.ftl">
<#include "countries.ftl">
<#include "sources.ftl">
</body>
</html>
