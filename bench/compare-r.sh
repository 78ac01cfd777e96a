#!/usr/bin/env bash
# Runs the same consultation summary in R's survey package and compares it with leavingcare's.
# Usage: bench/compare-r.sh RESPONSES.csv CONFIG.json [LEAVINGCARE-SUMMARY.json]
# Without the summary it runs `leavingcare consultation summarise` itself (through ./leavingcare).
# Prints both times (CSV read included), their ratio, and the largest absolute differences in the
# option proportions and in their standard errors (and the largest relative SE difference).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
csv="$1"; config="$2"; summary="${3:-}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
if [ -z "$summary" ]; then
  summary="$tmp/summary.json"
  /usr/bin/time -f '%e' -o "$tmp/lc.time" "$root/leavingcare" consultation summarise --responses "$csv" \
    --config "$config" --out "$summary" >/dev/null
  lc_time="$(cat "$tmp/lc.time")"
else
  lc_time="${LC_TIME:-}"
fi
/usr/bin/time -f '%e' -o "$tmp/r.time" nice Rscript "$root/bench/r/summarise.R" "$csv" "$config" "$tmp/r.csv" >"$tmp/r.out"
r_time="$(cat "$tmp/r.time")"
python3 - "$summary" "$tmp/r.csv" "$(cat "$tmp/r.out")" "$r_time" "${lc_time:-}" <<'PY'
import csv, json, sys
summary, rcsv, rline, r_time, lc_time = sys.argv[1:6]
lc = {}
for q in json.load(open(summary, encoding="utf-8"))["questions"]:
    for o in q["options"]:
        lc[(q["id"], o["option"])] = (o["proportion"], o["se"])
d_est = d_se = rel_se = 0.0
matched = 0
for row in csv.DictReader(open(rcsv, encoding="utf-8")):
    key = (row["question"], row["option"])
    if key not in lc or row["estimate"] in ("NA", "NaN"):
        continue
    p, se = lc[key]
    if p is None or se is None:
        continue
    matched += 1
    d_est = max(d_est, abs(p - float(row["estimate"])))
    d_se = max(d_se, abs(se - float(row["se"])))
    if float(row["se"]) > 0:
        rel_se = max(rel_se, abs(se - float(row["se"])) / float(row["se"]))
print(f"- {rline.strip()} (R's wall time with start-up: {r_time} s)")
if lc_time:
    print(f"- leavingcare: {lc_time} s; R / leavingcare = {float(r_time) / float(lc_time):.1f}x")
print(f"- {matched} option proportions compared: largest difference {d_est:.3g} in estimates, "
      f"{d_se:.3g} in standard errors ({rel_se:.3g} relative)")
PY
