<#-- Small pieces shared by the sections. -->
<#-- The font list of the briefing, first choice first, from FontLibrary: the edition's own
     families, then the fallbacks (emoji, Arabic, CJK Extension B) its text needs. -->
<#assign fontFamily = .data_model.fontFamily>

<#-- A data text shown in the other language, because this edition's column is empty. -->
<#macro fallback on><#if on><span class="fallback">${t('fallback.tag')}</span></#if></#macro>

<#macro h1 id number title>
<div class="running-section">${number}${title}</div>
<h1 id="${id}">${number}${title}</h1>
</#macro>

<#-- The square that marks an item of the summary's lists. -->
<#macro bullet><span class="bullet"></span><span class="bullet-gap"></span></#macro>
<#macro swatch category><span class="swatch" style="background-color: ${category.color};"> </span></#macro>

<#macro document d>
<div class="document">
  <div class="doc-title">${d.title}<@fallback d.titleFallback/></div>
  <div class="doc-meta"><#if d.issuer?has_content>${d.issuer} · </#if><span class="nobr">${d.date}</span><#if d.type?has_content> · ${d.type}</#if></div>
  <#if d.linkable><div class="doc-url"><a href="${d.url}" title="${d.url}">${d.url}</a></div><#elseif d.url?has_content><div class="doc-url">${d.url}</div></#if>
</div>
</#macro>
