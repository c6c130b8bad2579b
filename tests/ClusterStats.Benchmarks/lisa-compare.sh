#!/usr/bin/env bash
# LISA side by side: ClusterStats vs spdep on 3,000 regions with 999 permutations, alternating rounds, medians.
# usage: lisa-compare.sh [ROUNDS] [RUNS]
# Needs Rscript with spdep and sf (apt-get install r-base-core r-cran-spdep r-cran-sf). Measure on a quiet machine:
# the script refuses to run while the 1-minute load average is 3 or more (the numbers would mean nothing); set
# LISA_COMPARE_ANY_LOAD=1 to run anyway. Prints per round both medians and, last, ClusterStats/spdep.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
load=$(cut -d' ' -f1 /proc/loadavg)
if [ "${LISA_COMPARE_ANY_LOAD:-0}" != 1 ] && awk -v l="$load" 'BEGIN { exit !(l >= 3) }'; then
  echo "load average $load is 3 or more: not measuring (LISA_COMPARE_ANY_LOAD=1 to run anyway)" >&2
  exit 3
fi
echo "building Release (once, not timed)" >&2
dotnet build "$here/ClusterStats.Benchmarks.csproj" -c Release -v q -nologo >/dev/null
dotnet "$here/bin/Release/net10.0/ClusterStats.Benchmarks.dll" lisa-vs-spdep "${1:-5}" "${2:-3}"
