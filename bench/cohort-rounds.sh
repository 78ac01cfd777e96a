#!/usr/bin/env bash
# Issue 4's ratio, measured as it has to be on a machine whose speed drifts: ROUNDS rounds, each
# running the 1M cohort once per JAR (with the launcher's JVM options, cli/jvm.sh) and opencsv
# parsing the same 10 files alone on 1 and 2 threads (bench ScaleRun, the JVM's defaults), in an
# order that rotates from round to round. Before each run the files are read once (cat), so that
# every run finds them in the page cache (this machine's kernel pages cold memory out between runs,
# which would charge whichever run comes first with reading from disk). Prints one Markdown row
# per round (wall s, user+sys s in brackets), then for each JAR the median and range of its ratio
# to each opencsv run of the same round, and how many rounds were within 1.3x. The outputs of every JAR must be cmp-identical: the
# script says so, or which differ.
#
# Usage: bench/cohort-rounds.sh ROUNDS WORKDIR JAR [JAR...]
#   WORKDIR as bench/run-scale.sh leaves it (WORKDIR/data/903/..., WORKDIR/lib with bench/classes);
#   each JAR is a leavingcare.jar (label: its directory's name), e.g. WORKDIR/lib/leavingcare.jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:?usage: bench/cohort-rounds.sh ROUNDS WORKDIR JAR [JAR...]}"; work="${2:?WORKDIR}"; shift 2
[ $# -ge 1 ] || { echo "give at least one JAR" >&2; exit 2; }
D="$work/data/903"; Y="$D/2023-24"
E=(); for y in 2018-19 2019-20 2020-21 2021-22 2022-23; do E+=("$D/$y/episodes.csv"); done
cp="$work/lib/bench/classes"; for j in "$work"/lib/*.jar; do [ "$(basename "$j")" = leavingcare.jar ] || cp="$cp:$j"; done
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
. "$root/cli/jvm.sh"
labels=(); cmds=()
for j in "$@"; do
  l="$(basename "$(dirname "$j")")"; leavingcare_jvm "$j"
  labels+=("$l")
  cmds+=("java -Xmx1g ${LEAVINGCARE_JVM[*]} -jar $j cohort --as-of 2024-03-31 --year 2024 $Y --earlier ${E[*]} --format json --out $out/$l.json --details $out/$l.csv")
done
labels+=(opencsv1 opencsv2)
cmds+=("java -Xmx1g -cp $cp org.leavingcare.bench.ScaleRun opencsv 1 $Y/*.csv ${E[*]}"
  "java -Xmx1g -cp $cp org.leavingcare.bench.ScaleRun opencsv 2 $Y/*.csv ${E[*]}")
n=${#cmds[@]}
printf '| round |'; for l in "${labels[@]}"; do printf ' %s |' "$l"; done; echo ' load before |'
printf '| ---: |'; for l in "${labels[@]}"; do printf ' ---: |'; done; echo ' ---: |'
for r in $(seq "$rounds"); do
  load="$(cut -d' ' -f1 /proc/loadavg)"
  for k in $(seq 0 $((n - 1))); do
    i=$(( (k + r) % n ))
    cat "$Y"/*.csv "${E[@]}" > /dev/null # in the page cache for every run alike (see above)
    /usr/bin/time -f "%e %U %S" -o "$out/t$i" ${cmds[$i]} >/dev/null 2>&1
  done
  printf '| %d |' "$r"; for i in $(seq 0 $((n - 1))); do awk '{printf " %s (%.2f) |", $1, $2 + $3}' "$out/t$i"; done
  echo " $load |"
  for i in $(seq 0 $((n - 1))); do printf '%s ' "$(cut -d' ' -f1 "$out/t$i")"; done >> "$out/walls"; echo >> "$out/walls"
done
echo
python3 - "$out/walls" "${labels[@]}" <<'PY'
import statistics, sys
labels = sys.argv[2:]
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
for j, l in enumerate(labels[:-2]):
    for b in (len(labels) - 2, len(labels) - 1):
        r = [row[j] / row[b] for row in rows]
        print(f"- {l} / {labels[b]}: median {statistics.median(r):.2f}x, {min(r):.2f}-{max(r):.2f}x,"
              f" within 1.3x in {sum(x <= 1.3 for x in r)} of {len(r)} rounds")
PY
first="${labels[0]}"
for l in "${labels[@]:1:$(( ${#labels[@]} - 3 ))}"; do
  if cmp -s "$out/$first.json" "$out/$l.json" && cmp -s "$out/$first.csv" "$out/$l.csv"; then
    echo "- $l's report and details are identical to $first's"
  else
    echo "- $l's report or details DIFFER from $first's"
  fi
done
