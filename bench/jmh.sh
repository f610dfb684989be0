#!/usr/bin/env bash
# JMH benchmark of warm in-process generation (small and medium). Extra args go to JMH,
# e.g. bench/jmh.sh -p size=small -wi 1 -i 3
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
WORK=${TMPDIR:-/tmp}/policybrief-bench
mkdir -p "$WORK"
[ -f "$WORK/small/measures.csv" ] || python3 "$SHARED/bench/gen_dataset.py" --measures 60 --countries 2 --categories 12 --out "$WORK/small" >/dev/null
[ -f "$WORK/medium/measures.csv" ] || python3 "$SHARED/bench/gen_dataset.py" --measures 1000 --countries 30 --categories 12 --out "$WORK/medium" >/dev/null
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" -Dbench.data="$WORK" \
  org.openjdk.jmh.Main GenerateBenchmark "$@"
