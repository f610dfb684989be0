<#-- 四、资料来源 and 五、说明. -->
<div class="section">
<@p.h1 id="sources" number=no("sources") title=t('sources')/>
<p class="body"><@p.justified t('sources.intro')/></p>
<#-- The numbers are text, not list markers: openhtmltopdf painted the marker of an item that moved
     to the next page at the foot of the page before too. Their column fits the longest number. -->
<#assign noWidth = (b.sources?size?c?length + 1) * 0.6>
<ol class="sources" style="padding-left: ${noWidth + 0.5}em">
  <#list b.sources as d>
  <#-- the country is set apart from the title by a colon, not by its grey alone: read aloud or
       copied, "United States Winning the Race" and "Korea, Republic of Framework Act" ran together -->
  <#-- after a title that ends a sentence (。 ! ?) the next part starts without a comma -->
  <#assign stop = d.title?matches(".*[。．！？!?.…]")>
  <#assign after = "">
  <#if d.issuer?has_content><#assign after = t(stop?then('sources.issuerAfterStop', 'sources.issuer'), p.iso(d.issuer))><#assign stop = false></#if>
  <#assign after = after + t(stop?then('sources.dateSeparatorAfterStop', 'sources.dateSeparator'))>
  <#-- the comma after the title stays in the title's text (or beside its tag, unbroken):
       openhtmltopdf may break a line where an element ends, and "，" may not start a line; the
       issuer is an element too, drawn in reading order (see p.justified) -->
  <#assign split = after?matches("([，、；：,;:]*)([\\s\\S]*)")>
  <#assign lead = split?groups[1]>
  <li><span class="src-no" style="width: ${noWidth}em; margin-left: -${noWidth + 0.5}em">${d?counter?c}.</span><span class="src-country"><@p.bdi d.country/>${t('sources.countryEnd')}</span><#if d.titleFallback><span<@p.lang true/>><@p.bdi d.title/></span><span class="nobr"><@p.fallback true/>${lead}</span><#else><@p.bdi d.title/>${lead}</#if><#if split?groups[2]?has_content><span>${split?groups[2]}</span></#if><span class="nobr">${t('sources.date', d.date)}</span><br/><#if d.linkable><a href="${d.url}" title="${d.url}">${d.url}</a><#elseif d.url?has_content>${d.url}<#else>${t('sources.noUrl')}</#if></li>
  </#list>
</ol>
</div>
<div class="section">
<@p.h1 id="method" number=no("method") title=t('method')/>
<p class="body"><@p.justified t('method.text1')/></p>
<p class="body"><@p.justified t('method.text2')/></p>
<p class="body"><@p.justified t('method.text3')/></p>
</div>
