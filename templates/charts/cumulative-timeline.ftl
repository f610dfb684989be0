<#-- Timeline: findings = last month, leading country, its measures, first month. -->
<@figure f=f title=t('chart.cumulative-timeline.title', f.findings[0], f.findings[1], f.findings[2])
    subtitle=t('chart.cumulative-timeline.subtitle', f.findings[3], f.findings[0])/>
