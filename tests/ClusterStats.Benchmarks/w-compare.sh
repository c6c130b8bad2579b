#!/usr/bin/env bash
# Workload W side by side: ClusterStats vs DuckDB (and pandas), alternating runs on the same file, medians.
# usage: w-compare.sh IN.csv [RUNS] [--no-pandas]
#   IN.csv: a firm file of baselines/gen_firms.py. The DuckDB baseline is baselines/duckdb-w (built here in Release);
#   pandas runs baselines/w_pandas.py with Debian's python3-pandas (/usr/bin/python3).
# Prints per tool the median wall time, median CPU time (user+sys) and median peak RSS (/usr/bin/time -v),
# then the ratios of ClusterStats to the others. Results of the last runs stay in $WORK (printed).
set -euo pipefail
in=$(realpath "$1"); runs=${2:-5}; pandas=1
[ "${3:-}" = "--no-pandas" ] && pandas=0
here=$(cd "$(dirname "$0")" && pwd)
duck="$here/baselines/duckdb-w"
work=$(mktemp -d -t w-compare.XXXXXX)
echo "building Release (once, not timed)" >&2
dotnet build "$here/ClusterStats.Benchmarks.csproj" -c Release -v q -nologo >/dev/null
dotnet build "$duck" -c Release -v q -nologo >/dev/null
cs_dll="$here/bin/Release/net10.0/ClusterStats.Benchmarks.dll"
duck_dll=$(find "$duck/bin/Release" -name 'duckdb-w.dll' | head -1)
pandas_py="$here/baselines/w_pandas.py"

one() { # name command... ; appends "wall cpu rss_kib" to $work/name.txt
  local name=$1; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/$name.err"
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  echo "$wall $cpu $rss" >> "$work/$name.txt"
  echo "  $name: wall ${wall}s cpu ${cpu}s peak $((rss / 1024)) MiB (load $(cut -d' ' -f1 /proc/loadavg))" >&2
}

for ((r = 1; r <= runs; r++)); do
  echo "round $r/$runs" >&2
  one clusterstats dotnet "$cs_dll" w "$in" "$work/out-clusterstats"
  one duckdb dotnet "$duck_dll" "$in" "$work/out-duckdb"
  [ $pandas -eq 1 ] && one pandas /usr/bin/python3 "$pandas_py" "$in" "$work/out-pandas"
done

python3 - "$work" "$runs" "$pandas" <<'PY'
import sys, statistics as st
work, runs, pandas = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
tools = ["clusterstats", "duckdb"] + (["pandas"] if pandas else [])
med = {}
for t in tools:
    rows = [list(map(float, l.split())) for l in open(f"{work}/{t}.txt")]
    med[t] = [st.median(c) for c in zip(*rows)]
print(f"| Tool on W ({runs} alternating runs, medians) | wall | CPU (user+sys) | peak RSS |")
print("|---|---|---|---|")
for t in tools:
    w, c, m = med[t]
    print(f"| {t} | {w:.2f} s | {c:.2f} s | {m/1024:.0f} MiB |")
cs = med["clusterstats"]
for t in tools[1:]:
    print(f"ClusterStats / {t}: wall {cs[0]/med[t][0]:.2f}x, CPU {cs[1]/med[t][1]:.2f}x, peak memory {cs[2]/med[t][2]:.2f}x")
PY
echo "outputs: $work" >&2
