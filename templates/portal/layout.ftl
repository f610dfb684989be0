<#-- The frame of the portal's pages: readable on a laptop and a phone, no external file. `query`:
     the rest of the page's own query (`&file=…` of a job page), which its language links keep. -->
<#macro page title refresh=false query="">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<#if refresh><noscript><meta http-equiv="refresh" content="3"/></noscript></#if>
<title>${title}</title>
<style>
body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", sans-serif; color: #1A1A1A; margin: 1.5em auto; max-width: 46em; padding: 0 1em; line-height: 1.6; }
h1 { font-size: 1.5em; margin: 0 0 .4em 0; }
a { color: #004488; }
nav { display: flex; flex-wrap: wrap; gap: .4em 1.2em; margin-bottom: 1em; }
fieldset { border: 1px solid #D9D9D9; border-radius: .4em; margin: 0 0 1em 0; padding: .5em 1em .8em 1em; }
legend { font-weight: bold; padding: 0 .3em; }
.choices { display: flex; flex-wrap: wrap; gap: .3em 1.2em; }
.hint, .meta { color: #595959; font-size: .9em; }
input[type=date] { font: inherit; padding: .2em; }
button, .button { font: inherit; background: #004488; color: #FFFFFF; border: 0; border-radius: .3em; padding: .5em 1.4em; cursor: pointer; text-decoration: none; display: inline-block; }
.error { border-left: 4px solid #BB5566; background: #FBEFF1; padding: .5em 1em; }
ul.error { padding-left: 2.2em; }
progress { width: 100%; max-width: 24em; height: 1.2em; }
</style>
</head>
<body>
<nav>
  <a href="${root}?lang=${lang}">${t('portal.archive')}</a>
  <a href="${root}on-demand?lang=${lang}">${t('portal.onDemand')}</a>
  <#list otherLanguages as l><a href="?lang=${l.value}${query}" lang="${l.value}" hreflang="${l.value}">${l.label}</a></#list>
</nav>
<#nested>
</body>
</html>
</#macro>
