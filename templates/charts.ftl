<#-- 二、图表: one figure per chart the data supports; each is placed by its own fragment
     charts/<type>.ftl, which states the finding in the caption title. -->
<#-- The figure's alternative text for screen readers: its finding, then the counts it draws. -->
<#function chartData>
  <#local rows = []>
  <#list b.matrix as part><#list part.rows as row>
    <#local cells = []>
    <#list row.counts as n><#local cells = cells + [t('fig.alt.cell', part.countryNames[n?index], n)]></#list>
    <#local rows = rows + [t('fig.alt.row', row.category.name, cells?join(t('listSeparator')))]>
  </#list></#list>
  <#return rows?join(t('fig.alt.rowSeparator'))>
</#function>
<#macro figure f title subtitle>
<div class="figure" id="${f.id}">
  <div class="caption">${t('fig.number', f.number)}${t('fig.separator')}${title}</div>
  <div class="figure-subtitle">${subtitle}</div>
  <#if f.legend?has_content>
  <div class="legend"><#list f.legend as e><span class="legend-item"><span class="swatch" style="background-color: ${e.color};"> </span><@p.bdi e.name/></span><#sep> </#sep></#list></div>
  </#if>
  <object class="chart" type="pb/chart" data-chart="${f.id}" alt="${t('fig.alt', title, subtitle, chartData())}" style="height: ${f.height};"></object>
  <div class="source-line">${t('fig.source')}</div>
  <#if f.abbreviations?has_content>
  <div class="source-line"><@p.ending t('fig.note', f.abbreviations?map(a -> t('fig.noteItem', p.iso(a.label), p.iso(a.name)))?join(t('fig.noteSeparator')))/></div>
  </#if>
</div>
</#macro>
<div class="section">
<@p.h1 id="charts" number=no("charts") title=t('charts')/>
<#list figures as f>
<#include "charts/" + f.type + ".ftl">
<#else>
<p class="body"><@p.justified t('charts.none')/></p>
</#list>
</div>
