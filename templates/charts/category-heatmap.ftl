<#-- Heat map: findings = how the largest cells are tied (one, countries, categories, all, other), how
     many, the first two cells' country and category, and their count; then how many of those cells
     are in the row of "other categories" (none, some, allOne, allTwo, all) and that
     number. -->
<#assign x = f.findings?map(v -> p.iso(v))>
<@figure f=f title=t('chart.category-heatmap.title', x[0], x[1], x[2], x[3], x[4], x[5], x[6])
    + t('chart.category-heatmap.leadersInOther', x[7], x[8], t('chart.otherCategories'))
    subtitle=t('chart.category-heatmap.subtitle', b.dataCutoff)/>
