<#-- The archive page output/index.html: editions newest first. Works opened from disk: no script,
     no external file. The filters are radio buttons and CSS rules, one per language and country;
     without CSS every briefing is listed. Data arrives as `a` (ArchiveView). -->
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${t('archive.lang')}">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${a.title}</title>
<link rel="alternate" type="application/atom+xml" href="feed.xml" title="${a.title}"/>
<style>
body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", sans-serif; color: #1A1A1A; margin: 2em auto; max-width: 62em; padding: 0 1em; line-height: 1.6; }
h1 { font-size: 1.5em; margin: 0 0 .2em 0; }
h2 { font-size: 1.15em; margin: 1.6em 0 .4em 0; border-bottom: 1px solid #004488; }
a { color: #004488; }
.meta { color: #595959; }
.filter { display: inline-block; margin: .2em .8em .2em 0; }
.filter-label { font-weight: bold; margin-right: .4em; }
input.f { position: absolute; opacity: 0; }
input.f + label { display: inline-block; padding: .1em .6em; margin: .15em; border: 1px solid #D9D9D9; border-radius: 1em; cursor: pointer; }
input.f:checked + label { background: #004488; border-color: #004488; color: #FFFFFF; }
input.f:focus-visible + label { outline: 2px solid #1A1A1A; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3em .5em; border-bottom: 1px solid #D9D9D9; vertical-align: top; }
th { border-bottom: 1px solid #1A1A1A; }
td.num, th.num { text-align: right; }
th, td.num, td.date, td.download { white-space: nowrap; }
td.briefing { overflow-wrap: break-word; }
<#-- A phone: each briefing is a block (its title on a line, then the rest wrapping between
     fields, never inside a size or date), each field named by its column (data-label). -->
@media (max-width: 40em) {
  table, tbody, tr, td { display: block; }
  thead { display: none; }
  tr { padding: .4em 0; border-bottom: 1px solid #D9D9D9; }
  td { display: inline-block; border-bottom: 0; padding: 0 1em 0 0; text-align: left; }
  td.num { text-align: left; }
  td.briefing { display: block; font-weight: bold; }
  td[data-label]::before { content: attr(data-label) " "; color: #595959; font-weight: normal; }
}
<#list a.languages as l>
#lang-${l.id}:checked ~ main tr.lang-any:not(.lang-${l.id}) { display: none; }
</#list>
<#list a.countries as c>
#country-${c.id}:checked ~ main tr.country-any:not(.country-${c.id}) { display: none; }
</#list>
</style>
</head>
<body>
<h1>${a.title}</h1>
<p class="meta">${t('archive.intro', a.editions?size)} <a href="feed.xml">${t('archive.feed')}</a> · <a href="${t('archive.otherPage')}" hreflang="${t('archive.otherLang')}" lang="${t('archive.otherLang')}">${t('archive.otherLanguage')}</a></p>
<#include "portal/archive-link.ftl">

<span class="filter-label">${t('archive.language')}</span>
<input class="f" type="radio" name="lang" id="lang-all" checked="checked"/><label for="lang-all">${t('archive.all')}</label>
<#list a.languages as l>
<input class="f" type="radio" name="lang" id="lang-${l.id}"/><label for="lang-${l.id}">${l.label}</label>
</#list>
<br/>
<span class="filter-label">${t('archive.country')}</span>
<input class="f" type="radio" name="country" id="country-all" checked="checked"/><label for="country-all">${t('archive.all')}</label>
<#list a.countries as c>
<input class="f" type="radio" name="country" id="country-${c.id}"/><label for="country-${c.id}">${c.label}</label>
</#list>

<main>
<#list a.editions as e>
<section id="edition-${e.date}">
<h2>${t('archive.edition', e.label)}</h2>
<table>
  <thead>
    <tr><th>${t('archive.col.briefing')}</th><th>${t('archive.col.language')}</th><th>${t('archive.col.countries')}</th><th class="num">${t('archive.col.pages')}</th><th class="num">${t('archive.col.size')}</th><th>${t('archive.col.date')}</th><th>${t('archive.col.download')}</th></tr>
  </thead>
  <tbody>
    <#list e.briefings as b>
    <tr class="lang-any lang-${b.language} country-any<#list b.countries as c> country-${c}</#list>">
      <td class="briefing">${b.title}<#if b.title != b.name><br/><span class="meta">${b.name}</span></#if></td>
      <td data-label="${t('archive.col.language')}">${b.languageLabel}</td>
      <td data-label="${t('archive.col.countries')}">${b.countryLabel}</td>
      <td class="num" data-label="${t('archive.col.pages')}">${b.pages}</td>
      <td class="num" data-label="${t('archive.col.size')}">${b.size}</td>
      <td class="date" data-label="${t('archive.col.date')}">${e.label}</td>
      <td class="download"><a href="${b.href}" download="${b.download}">PDF</a></td>
    </tr>
    </#list>
  </tbody>
</table>
</section>
</#list>
</main>
</body>
</html>
