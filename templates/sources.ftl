<#-- 四、资料来源 and 五、说明. -->
<div class="section">
<@p.h1 id="sources" number=b.numbering.h1(5) title=t('sources')/>
<p class="body">${t('sources.intro')}</p>
<ol class="sources">
  <#list b.sources as d>
  <li><span class="src-country">${d.country}</span> ${d.title}<#if d.issuer?has_content>，${d.issuer}</#if>，${d.date}。<br/><#if d.linkable><a href="${d.url}">${d.url}</a><#elseif d.url?has_content>${d.url}<#else>${t('sources.noUrl')}</#if></li>
  </#list>
</ol>
</div>
<div class="section">
<@p.h1 id="method" number=b.numbering.h1(6) title=t('method')/>
<p class="body">${t('method.text1')}</p>
<p class="body">${t('method.text2')}</p>
<p class="body">${t('method.text3')}</p>
</div>
