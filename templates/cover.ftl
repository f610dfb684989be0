<#-- The cover (page 1, no header or footer): series band, title, dates, key figures, organisation.
     To change it, copy this file into your own folder and pass that folder with --templates. -->
<div class="cover">
  <div class="cover-band"><div class="cover-series">${b.seriesLabel}</div></div>
  <#-- a long title or subtitle is set smaller, so that the cover keeps to one page (ems: about
       how wide the text is on one line) -->
  <h1 class="cover-title<#if b.titleEms gt 96> longer<#elseif b.titleEms gt 48> long</#if>"<@p.dir b.title/>><@p.phrased b.title/></h1>
  <p class="cover-subtitle<#if b.subtitleEms gt 70> long</#if>"><@p.ending b.subtitle/></p>
  <p class="cover-date">${t('cover.edition', b.editionDate)}</p>
  <p class="cover-date">${t('cover.cutoff', b.dataCutoff)}</p>
  <#-- a selection of measure dates or categories says so: its counts are not the dataset's -->
  <#list b.scope as line><p class="cover-date">${line}</p></#list>
  <div class="figures-block"><table class="figures">
    <tr>
      <td><div class="figure-value">${b.totals.documents}</div><div class="figure-label">${t('cover.documents', b.totals.documents)}</div></td>
      <td><div class="figure-value">${b.totals.measures}</div><div class="figure-label">${t('cover.measures', b.totals.measures)}</div></td>
      <td><div class="figure-value">${b.totals.countries}</div><div class="figure-label">${t('cover.countries', b.totals.countries)}</div></td>
      <td><div class="figure-value">${b.totals.categories}</div><div class="figure-label">${t('cover.categories', b.totals.categories)}</div></td>
    </tr>
  </table></div>
  <div class="cover-organisation">${b.organisation}</div>
</div>
