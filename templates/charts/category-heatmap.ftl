<#-- Heat map: findings = country, category and count of the largest cell. -->
<@figure f=f title=t('chart.category-heatmap.title', f.findings[0], f.findings[1], f.findings[2])
    subtitle=t('chart.category-heatmap.subtitle', b.dataCutoff)/>
