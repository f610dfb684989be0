#!/usr/bin/env bash
# Throughput of the weekly job: one `run` of small briefings in one JVM — every country of the
# medium bench dataset (30 countries, about 33 measures each) in every language, 90 briefings.
# Prints the median over RUNS of the whole process: wall and CPU time, peak RSS, briefings/s.
#   bench/weekly.sh
# Env: SHARED (default ../shared), RUNS (default 3), LAUNCHER (default: java -jar target/policybrief.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
RUNS=${RUNS:-3}
WORK=${TMPDIR:-/tmp}/policybrief-bench
[ -f target/policybrief.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
mkdir -p "$WORK"
data="$WORK/medium"
[ -f "$data/measures.csv" ] || python3 "$SHARED/bench/gen_dataset.py" --measures 1000 --countries 30 \
  --categories 12 --out "$data" >/dev/null
cat > "$WORK/weekly.yaml" <<PLAN
data: $data
briefings:
  - name: country
    countries: each
    language: each
PLAN
rows=()
for _ in $(seq "$RUNS"); do
  rm -rf "$WORK/out-weekly"
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$WORK/time.txt" ${LAUNCHER:-java ${JAVA_OPTS:-} -jar target/policybrief.jar} run \
    --plan "$WORK/weekly.yaml" --out "$WORK/out-weekly" --edition 2026-11-30 >/dev/null 2>&1
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$WORK/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$WORK/time.txt")
  rows+=("$wall $cpu $rss")
done
count=$(find "$WORK/out-weekly" -name '*.pdf' -path '*2026-11-30*' | wc -l)
printf '%s\n' "${rows[@]}" | sort -n | awk -v n="$count" '{a[NR]=$0} END {split(a[int((NR+1)/2)], m, " ");
  printf "weekly run: %d briefings, %.2f s wall, %.2f s CPU, %d MB peak, %.1f briefings/s\n", n, m[1], m[2], m[3], n / m[1]}'
