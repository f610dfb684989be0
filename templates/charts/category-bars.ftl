<#-- Grouped bars: findings = how many countries share the most measures, the first two, that
     count; then the same for the categories with most measures in all; then how the countries'
     lead is shared (one, two, three, many; twoSame, threeSame, allSame when all are alike) and
     the third leader, and the same for the categories; then how many of the leading categories
     the chart sums into "other categories" (none, some, allOne, allTwo, all) and that
     number. -->
<#assign x = f.findings?map(v -> p.iso(v))>
<@figure f=f title=t('chart.category-bars.title', x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7],
    x[8], x[9], x[10], x[11]) + t('chart.leadersInOther', x[12], x[13], t('chart.otherCategories'))
    subtitle=t('chart.category-bars.subtitle', b.dataCutoff)/>
