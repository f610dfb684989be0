<#-- 100 % stacked bars: findings = leading country, how many categories share its largest share,
     the first two, that share in %; how they share it (alone: all in one; one, two, three, many;
     twoSame, threeSame, allSame when all categories are alike) and the third; then how many of
     the leading categories the chart sums into "other categories" (none, some, allOne, allTwo,
     all) and that number. -->
<#assign x = f.findings?map(v -> p.iso(v))>
<@figure f=f title=t('chart.category-profile.title', x[0], x[1], x[2], x[3], x[4], x[5], x[6])
    + t('chart.leadersInOther', x[7], x[8], t('chart.otherCategories'))
    subtitle=t('chart.category-profile.subtitle', b.dataCutoff)/>
