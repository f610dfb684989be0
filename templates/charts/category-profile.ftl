<#-- 100 % stacked bars: findings = leading country, its largest category, that share in %. -->
<@figure f=f title=t('chart.category-profile.title', f.findings[0], f.findings[1], f.findings[2])
    subtitle=t('chart.category-profile.subtitle', b.dataCutoff)/>
