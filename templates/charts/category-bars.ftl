<#-- Grouped bars: findings = top country, its measures, leading category, its measures. -->
<@figure f=f title=t('chart.category-bars.title', f.findings[0], f.findings[1], f.findings[2], f.findings[3])
    subtitle=t('chart.category-bars.subtitle', b.dataCutoff)/>
