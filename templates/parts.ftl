<#-- Small pieces shared by the sections. -->
<#macro h1 id number title>
<div class="running-section">${number}${title}</div>
<h1 id="${id}">${number}${title}</h1>
</#macro>

<#macro swatch category><span class="swatch" style="background-color: ${category.color};"> </span></#macro>

<#macro document d>
<div class="document">
  <div class="doc-title">${d.title}</div>
  <div class="doc-meta"><#if d.issuer?has_content>${d.issuer} · </#if><span class="nobr">${d.date}</span><#if d.type?has_content> · ${d.type}</#if></div>
  <#if d.linkable><div class="doc-url"><a href="${d.url}">${d.url}</a></div><#elseif d.url?has_content><div class="doc-url">${d.url}</div></#if>
</div>
</#macro>
