<#-- Timeline: findings = last month; how many countries share the most measures, the first two,
     that count; first month; the period a point counts (month, year or years) and how many years;
     the data's cut-off month when measures are dated after it (scheduled), else empty; how the
     lead is shared (one, two, three, many; twoSame, threeSame, allSame when all are alike) and
     the third leader. -->
<#assign x = f.findings?map(v -> p.iso(v))>
<#assign scheduled = f.findings[8]?has_content?then('.scheduled', '')>
<@figure f=f title=t('chart.cumulative-timeline.title' + scheduled, x[0], x[1], x[2], x[3], x[4], x[9], x[10])
    subtitle=t('chart.cumulative-timeline.subtitle' + scheduled, x[5], x[0], t('chart.cumulative-timeline.step.' + x[6], x[7]), x[8])/>
