<#-- Included by archive.ftl: the way from the archive page to the portal's on-demand form. The
     link works when the archive is served by `policybrief serve`, not when opened from disk. -->
<p class="meta" id="on-demand-link"><a href="on-demand">${t('archive.onDemand')}</a></p>
