<#ftl output_format="XML">
<#-- The Atom feed output/feed.xml: one entry per edition, newest first, links relative to the feed;
     the 20 newest only (a weekly run without --keep made it grow by an entry and every
     briefing's link each week; the archive page lists them all).
     Times derive from edition dates, never from the clock; ids from the archive's id (its first
     edition's hash), so two archives' entries never merge. Data arrives as `a` (ArchiveView). -->
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${a.title}</title>
  <id>urn:policybrief:archive:${a.id}</id>
  <updated>${a.updated}T00:00:00Z</updated>
  <author><name>${t('organisation')}</name></author>
  <link rel="self" href="feed.xml"/>
  <link rel="alternate" type="text/html" href="index.html"/>
<#-- a plan's title is every briefing's: the name tells them apart, as on the archive page -->
<#function label b><#return (b.title == b.name)?then(b.title, b.title + " · " + b.name)></#function>
<#list a.editions as e>
<#if e?index == 20><#break></#if>
  <entry>
    <title>${t('archive.edition', e.label)}</title>
    <id>urn:policybrief:archive:${a.id}:edition:${e.date}</id>
    <updated>${e.date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="index.html#edition-${e.date}"/>
<#list e.briefings as b>
    <link rel="enclosure" type="application/pdf" href="${b.href}" title="${label(b)} (${b.languageLabel})"/>
</#list>
    <summary>${t('archive.feed.summary', e.briefings?size, e.briefings?map(b -> label(b) + " (" + b.languageLabel + ", " + b.countryLabel + ")")?join(t('listSeparator')))}</summary>
  </entry>
</#list>
</feed>
