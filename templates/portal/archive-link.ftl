<#-- Included by archive.ftl: the way from the archive page to the portal's on-demand form. The
     link works when the archive is served by `policybrief serve`, not when opened from disk; it
     keeps the page's language (the portal has the archive's Simplified Chinese and English). -->
<p class="meta" id="on-demand-link"><a href="on-demand?lang=${t('archive.lang')}">${t('archive.onDemand')}</a></p>
