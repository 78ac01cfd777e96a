#!/usr/bin/env bash
# Interleaved runs of the three CLI targets (assess, cohort, consultation summarise) at 1 million, each
# with the launcher's JVM options (cli/jvm.sh: cli/jvm.options and a class-data archive made next to
# JAR) and with the JVM's defaults, three rounds, plus the
# baselines beside them in every round: opencsv parsing the cohort's 10 files on 1 and 2 threads (when
# bench/run-scale.sh's copied jars are next to DATA_DIR, in DATA_DIR/../lib) and awk reading the
# responses once. One Markdown table row per run (wall, user and sys CPU, max RSS, load before).
# Usage: bench/interleaved-runs.sh JAR [DATA_DIR]   (DATA_DIR default /tmp/leavingcare-scale/data)
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
J="${1:?usage: bench/interleaved-runs.sh JAR [DATA_DIR]}"; D="${2:-/tmp/leavingcare-scale/data}"; Y=$D/903/2023-24
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
E=(); for y in 2018-19 2019-20 2020-21 2021-22 2022-23; do E+=("$D/903/$y/episodes.csv"); done
. "$root/cli/jvm.sh"; leavingcare_jvm "$J"; launcher="${LEAVINGCARE_JVM[*]}"
lib="$(cd "$D/.." && pwd)/lib"; cp=""
if [ -d "$lib/bench/classes" ]; then
  cp="$lib/bench/classes"; for j in "$lib"/*.jar; do [ "$(basename "$j")" = leavingcare.jar ] || cp="$cp:$j"; done
fi
# Each run's input files are read once first (cat), so that every run finds them in the page cache:
# this machine's kernel pages cold memory out between runs, which would charge whichever run comes
# first after a while with reading from disk.
warm() { cat "$@" > /dev/null; }
run() { local label="$1"; shift; local l=$(cut -d' ' -f1 /proc/loadavg); /usr/bin/time -f "%e %U %S %M" -o $out/t.txt "$@" >$out/out.txt 2>$out/err.txt; echo "| $label | $(awk '{printf "%s | %s | %s | %d", $1, $2, $3, $4/1024}' $out/t.txt) | $l |"; }
echo "| run | wall s | user s | sys s | max RSS MB | load before |"; echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for i in 1 2 3; do
  for opts in "-Xmx1g $launcher" "-Xmx1g"; do
    label="$opts"; [ "$opts" = "-Xmx1g" ] && label="-Xmx1g (JVM defaults)"
    warm $D/cases.jsonl; run "assess $label" bash -c "java $opts -jar $J assess $D/cases.jsonl > $out/assess.jsonl"
    warm $Y/*.csv "${E[@]}"; run "cohort $label" java $opts -jar $J cohort --as-of 2024-03-31 --year 2024 $Y --earlier "${E[@]}" --format json --out $out/cohort.json
    warm $D/responses.csv; run "summarise $label" java $opts -jar $J consultation summarise --responses $D/responses.csv --config $D/config.json --out $out/summary.json
  done
  if [ -n "$cp" ]; then
    for t in 1 2; do warm $Y/*.csv "${E[@]}"; run "opencsv, cohort's 10 files, $t thread(s)" java -Xmx1g -cp "$cp" org.leavingcare.bench.ScaleRun opencsv $t $Y/*.csv "${E[@]}"; done
  fi
  warm $D/responses.csv; run "awk responses.csv" awk -F, '{c+=NF} END{print NR, c}' $D/responses.csv
done
