#!/usr/bin/env bash
# Whole-process benchmark of `policybrief generate` on the three bench datasets.
# Prints, per size: median wall time and median CPU time (user + system) of 3 runs, peak RSS,
# pages and bytes of the PDF.
#   bench/run.sh [small|medium|large ...]      (default: all three)
# Env: SHARED (default ../shared), JAVA_OPTS (extra JVM options), RUNS (default 3),
#      LAUNCHER=bin/policybrief to time the launcher (start-up archive, C1) instead of `java -jar`
#      (a bare `java -jar` hands its command to that launcher, one JVM start later; with
#      JAVA_OPTS set it runs in that plain JVM),
#      LOOK=reference for the briefing of ../shared/bench/REFERENCE.md, the one the other tools
#      were timed making (templates in bench/reference-look), instead of the full briefing.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
RUNS=${RUNS:-3}
JAR=target/policybrief.jar
WORK=${TMPDIR:-/tmp}/policybrief-bench
[ -f "$JAR" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }
mkdir -p "$WORK"
look=()
case ${LOOK:-full} in
  full) ;;
  reference) look=(--templates bench/reference-look) ;;
  *) echo "LOOK is full or reference" >&2; exit 1 ;;
esac

declare -A ARGS=(
  [small]="--measures 60 --countries 2 --categories 12"
  [medium]="--measures 1000 --countries 30 --categories 12"
  [large]="--measures 20000 --countries 60 --categories 15"
)
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(small medium large)

printf '%-7s %8s %8s %10s %6s %10s\n' size wall_s cpu_s peak_MB pages bytes
for size in "${sizes[@]}"; do
  data="$WORK/$size"
  [ -f "$data/measures.csv" ] || python3 "$SHARED/bench/gen_dataset.py" ${ARGS[$size]} --out "$data" >/dev/null
  walls=(); cpus=(); peak=0
  for _ in $(seq "$RUNS"); do
    rm -rf "$WORK/out-$size"
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$WORK/time.txt" ${LAUNCHER:-java ${JAVA_OPTS:-} -jar "$JAR"} generate \
      --data "$data" --out "$WORK/out-$size" --date 2026-11-30 "${look[@]}" >/dev/null
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$WORK/time.txt")
    walls+=("$wall"); cpus+=("$cpu"); [ "$rss" -gt "$peak" ] && peak=$rss
  done
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  median_cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  pdf=$(ls "$WORK/out-$size"/*.pdf)
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  printf '%-7s %8.2f %8.2f %10d %6s %10d\n' "$size" "$median" "$median_cpu" $((peak / 1024)) "$pages" "$(stat -c %s "$pdf")"
done
