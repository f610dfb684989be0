<#-- One on-demand briefing (PortalView.Job as p). Without script the page reloads itself until the
     briefing is ready; with script it asks for the state and reloads once it changes. -->
<#import "layout.ftl" as l>
<#assign waiting = p.state == "queued" || p.state == "running">
<#-- the language links keep the name the download is saved under -->
<@l.page title=t('job.title') refresh=waiting query="&file=" + p.fileName?url('UTF-8')>
<h1>${t('job.title')}</h1>
<p id="state" data-state="${p.state}">${t('job.state.' + p.state)}</p>
<#if waiting>
<progress aria-labelledby="state"></progress>
<p class="meta" id="progress" data-ahead="${t('job.ahead', '{n}')}" data-ahead-one="${t('job.ahead', 1)}" data-seconds="${t('job.seconds', '{n}')}" data-seconds-one="${t('job.seconds', 1)}"><#if p.state == "queued">${t('job.ahead', p.ahead)}<#else>${t('job.seconds', p.seconds)}</#if></p>
<p class="meta">${t('job.wait')}</p>
<script>
(function () {
  var state = document.getElementById('state').getAttribute('data-state');
  function poll() {
    // with the page's own query, whose file name the answer's download link keeps
    fetch(location.pathname + (location.search ? location.search + '&' : '?') + 'format=json', {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.state !== state) { location.reload(); return; }
        var p = document.getElementById('progress');
        var n = s.state === 'queued' ? s.ahead : s.seconds;
        p.textContent = p.getAttribute((s.state === 'queued' ? 'data-ahead' : 'data-seconds') + (n === 1 ? '-one' : ''))
          .replace('{n}', n);
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
</script>
</#if>
<#if p.state == "done">
<p><a class="button" id="download" href="${p.download}" download="${p.fileName}">${t('job.download', p.fileName)}</a></p>
</#if>
<#if p.state == "failed">
<p class="error" role="alert">${t('job.internal')}</p>
<p><a href="${root}on-demand?lang=${lang}">${t('job.again')}</a></p>
</#if>
</@l.page>
