<#-- A refused request (PortalView.Problem as p): the status and a message for people. -->
<#import "layout.ftl" as l>
<@l.page title=t('problem.title')>
<h1>${t('problem.title')}</h1>
<p class="error" role="alert">${p.message}</p>
<p class="meta">HTTP ${p.status}</p>
</@l.page>
