<#-- Timeline: findings = last month, leading country, its measures, first month, the period a
     point counts (month, year or years) and how many years when several. -->
<@figure f=f title=t('chart.cumulative-timeline.title', f.findings[0], f.findings[1], f.findings[2])
    subtitle=t('chart.cumulative-timeline.subtitle', f.findings[3], f.findings[0],
        t('chart.cumulative-timeline.step.' + f.findings[4], f.findings[5]))/>
