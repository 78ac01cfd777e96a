#!/usr/bin/env bash
# Interleaved runs of the three CLI targets (assess, cohort, consultation summarise) at 1 million, each
# with the default JVM and with -XX:+UseParallelGC, three rounds, plus awk beside them; one Markdown
# table row per run (wall, user and sys CPU, max RSS, load before). Inputs: those of bench/run-scale.sh.
# Usage: bench/interleaved-runs.sh JAR [DATA_DIR]   (DATA_DIR default /tmp/leavingcare-scale/data)
set -u
J="${1:?usage: bench/interleaved-runs.sh JAR [DATA_DIR]}"; D="${2:-/tmp/leavingcare-scale/data}"; Y=$D/903/2023-24
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
E=(); for y in 2018-19 2019-20 2020-21 2021-22 2022-23; do E+=("$D/903/$y/episodes.csv"); done
run() { local label="$1"; shift; local l=$(cut -d' ' -f1 /proc/loadavg); /usr/bin/time -f "%e %U %S %M" -o $out/t.txt "$@" >$out/out.txt 2>$out/err.txt; echo "| $label | $(awk '{printf "%s | %s | %s | %d", $1, $2, $3, $4/1024}' $out/t.txt) | $l |"; }
echo "| run | wall s | user s | sys s | max RSS MB | load before |"; echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for i in 1 2 3; do
  for opts in "-Xmx1g" "-Xmx1g -XX:+UseParallelGC"; do
    run "assess $opts" bash -c "java $opts -jar $J assess $D/cases.jsonl > $out/assess.jsonl"
    run "cohort $opts" java $opts -jar $J cohort --as-of 2024-03-31 --year 2024 $Y --earlier "${E[@]}" --format json --out $out/cohort.json
    run "summarise $opts" java $opts -jar $J consultation summarise --responses $D/responses.csv --config $D/config.json --out $out/summary.json
  done
  run "awk responses.csv" awk -F, '{c+=NF} END{print NR, c}' $D/responses.csv
done
