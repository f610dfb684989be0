<#-- 二、图表: one figure per chart the data supports; each is placed by its own fragment
     charts/<type>.ftl, which states the finding in the caption title. -->
<#macro figure f title subtitle>
<div class="figure" id="${f.id}">
  <div class="caption">${t('fig.number', f.number)}${t('fig.separator')}${title}</div>
  <div class="figure-subtitle">${subtitle}</div>
  <#if f.legend?has_content>
  <div class="legend"><#list f.legend as e><span class="legend-item"><span class="swatch" style="background-color: ${e.color};"> </span>${e.name}</span><#sep> </#sep></#list></div>
  </#if>
  <object class="chart" type="pb/chart" data-chart="${f.id}" style="height: ${f.height};"></object>
  <div class="source-line">${t('fig.source')}</div>
  <#if f.abbreviations?has_content>
  <div class="source-line">${t('fig.note', f.abbreviations?map(a -> t('fig.noteItem', a.label, a.name))?join(t('fig.noteSeparator')))}</div>
  </#if>
</div>
</#macro>
<div class="section">
<@p.h1 id="charts" number=no("charts") title=t('charts')/>
<#list figures as f>
<#include "charts/" + f.type + ".ftl">
<#else>
<p class="body">${t('charts.none')}</p>
</#list>
</div>
