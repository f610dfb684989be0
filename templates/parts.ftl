<#-- Small pieces shared by the sections. -->
<#-- The font list of the briefing, first choice first, from FontLibrary: the edition's own
     families, then the fallbacks (emoji, Arabic, CJK Extension B) its text needs. -->
<#assign fontFamily = .data_model.fontFamily>

<#-- A data text that reads right to left (an Arabic title) is a paragraph of its own: dir on the
     element that holds only it. Inside a sentence, a text with right-to-left letters anywhere
     (Saudi Arabia السعودية) goes in <bdi>, so that the sentence's colon and numbers after it stay
     out of its Arabic run. Other text is printed as is. -->
<#macro dir text><#if rtl(text)> dir="rtl"</#if></#macro>
<#macro bdi text><#if hasRtl(text)><bdi>${text}</bdi><#else>${text}</#if></#macro>
<#-- The same inside a message's text: between U+2068 and U+2069, the isolate marks. -->
<#function iso text><#return hasRtl(text)?then("\x2068" + text + "\x2069", text)></#function>

<#-- A data text shown in the other language, because this edition's column is empty. -->
<#macro fallback on><#if on><span class="fallback">${t('fallback.tag')}</span></#if></#macro>
<#-- ...and its language, so that it is set in that language's font first (English quotes and
     apostrophes are 1 em wide in the CJK font). -->
<#macro lang on><#if on> lang="${t('fallback.lang')}"</#if></#macro>
<#-- A data text and, when it is the other language's, the tag after it. The tag stays on the line
     of the text's last word (a short one): alone on a line, it read as a lone character (…2021
     revision / 英). The caller sets the text's language. -->
<#-- Han text keeps the tag with its last two characters (…开源路 / 线。 ZH put ZH alone overleaf). -->
<#macro tagged text on><#if on && !rtl(text) && text?contains(" ") && text?keep_after_last(" ")?length lte 16>${text?keep_before_last(" ")} <span class="tagged">${text?keep_after_last(" ")}<@fallback true/></span><#elseif on && !rtl(text) && paragraphRuns(text)?last.keep><#list paragraphRuns(text) as r><#if r.keep><span class="tagged">${r.text}<@fallback true/></span><#else>${r.text}</#if></#list><#else><@ending text/><@fallback on/></#if></#macro>
<#-- A category's name in a table cell: a name in the other language keeps its tag beside its last
     word (the category × country table's column took "Water & sanitation" whole and put 英 below). -->
<#macro categoryName c><#if c.nameFallback && !rtl(c.name)><@tagged c.name true/><#else><@bdi c.name/><@fallback c.nameFallback/></#if></#macro>

<#macro h1 id number title>
<div class="running-section">${number}${title}</div>
<h1 id="${id}">${number}${title}</h1>
</#macro>

<#-- A justified text whose Latin words keep their letters together (the line's slack goes between
     Han characters and into spaces, not between letters) and whose last two Han characters stay on
     one line (see ParagraphRuns). -->
<#-- Of several runs, each is an element: openhtmltopdf draws an element's own text before the
     elements inside it, so text beside a span came out of the page out of order when copied or
     indexed ("本简报由 依据…… policybrief"). The same holds for every line that mixes the two. -->
<#macro justified text><#list paragraphRuns(text) as r><#if r.solid><span class="solid">${r.text}</span><#elseif r.keep><span class="nobr">${r.text}</span><#elseif r?is_first && r?is_last>${r.text}<#else><span>${r.text}</span></#if></#list></#macro>

<#-- A title that breaks between phrases, not inside one (see TitlePhrases); each run an element,
     as in justified. -->
<#macro phrased text><#list titlePhrases(text) as r><#if r.kept><span class="nobr">${r.text}</span><#elseif r?is_first && r?is_last>${r.text}<#else><span>${r.text}</span></#if></#list></#macro>

<#-- A text not justified whose last two Han characters stay on one line (see ParagraphRuns). -->
<#macro ending text><#if rtl(text)>${text}<#else><#list paragraphRuns(text) as r><#if r.keep><span class="nobr">${r.text}</span><#else>${r.text}</#if></#list></#if></#macro>

<#-- The square that marks an item of the summary's lists. -->
<#macro bullet><span class="bullet"></span><span class="bullet-gap"></span></#macro>
<#macro swatch category><span class="swatch" style="background-color: ${category.color};"> </span></#macro>

<#macro document d>
<div class="document">
  <div class="doc-title"<@dir d.title/><@lang d.titleFallback/>><@tagged d.title d.titleFallback/></div>
  <#-- the dot after the date stays in the date's element: a line may break where an element ends;
       each piece is an element, so that the line is drawn in reading order (see justified) -->
  <div class="doc-meta"><#if d.issuer?has_content><span><@bdi d.issuer/> · </span></#if><span class="nobr">${d.date}<#if d.type?has_content> ·</#if></span><#if d.type?has_content><span> ${d.type}</span></#if></div>
  <#if d.linkable><div class="doc-url"><a href="${d.url}" title="${d.url}">${d.url}</a></div><#elseif d.url?has_content><div class="doc-url">${d.url}</div></#if>
</div>
</#macro>
