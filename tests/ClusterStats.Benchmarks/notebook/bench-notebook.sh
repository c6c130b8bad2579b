#!/usr/bin/env bash
# Whole headless notebook runs, side by side: ClusterStats through dotnet-repl against a freshly packed package, and
# the Jupyter baseline (pandas + matplotlib through nbconvert, pandas-matplotlib.ipynb beside this script). Both load the same
# 30 regions with Chinese names, show a table and draw a bar chart with Chinese labels. Runs alternate (J D J D ...);
# the first .NET run after packing is "cold" (NuGet restore and extraction of a new version), the rest are "warm".
# The notebook pins the freshly packed version (see below).
# Usage: bench-notebook.sh [ROUNDS]
# Needs: apt-get install -y --no-install-recommends jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib fonts-noto-cjk
set -euo pipefail
rounds=${1:-5}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
mkdir -p "$work/jupyter" "$work/dotnet" "$work/out"
cp "$here/pandas-matplotlib.ipynb" "$here/chart30.csv" "$work/jupyter/"
cp "$here/clusterstats-chart30.ipynb" "$here/chart30.csv" "$repo/dotnet-tools.json" "$work/dotnet/"
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
dotnet pack "$repo/src/ClusterStats/ClusterStats.csproj" -c Release -o "$work/feed" -p:VersionSuffix="${version#0.1.0-}" >/dev/null
(cd "$work/dotnet" && dotnet tool restore >/dev/null)
# Pin the packed version, as a notebook that uses a release does ("nuget: ClusterStats, 0.1.0"): a floating "*-*"
# makes NuGet list every feed's versions on each run (about 3.5 s here), which is restore cost, not ClusterStats'.
sed -i "s/nuget: ClusterStats, \*-\*/nuget: ClusterStats, $version/" "$work/dotnet/clusterstats-chart30.ipynb"

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
run_jupyter() { (cd "$work/jupyter" && jupyter nbconvert --to notebook --execute pandas-matplotlib.ipynb --output out.ipynb); }
run_dotnet() { (cd "$work/dotnet" && RestoreAdditionalProjectSources="$work/feed" dotnet dotnet-repl --run clusterstats-chart30.ipynb --exit-after-run --output-path "$work/out/chart30.ipynb"); }

run_jupyter >/dev/null 2>&1   # warm the Python and font caches once, as a user's machine would be
cold=$(seconds run_dotnet)
grep -q 'data:image/png;base64' "$work/out/chart30.ipynb" || { echo "the .NET notebook drew no chart" >&2; exit 1; }
j=(); d=()
for _ in $(seq "$rounds"); do
  j+=("$(seconds run_jupyter)")
  d+=("$(seconds run_dotnet)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mj=$(median "${j[@]}"); md=$(median "${d[@]}")
echo "jupyter nbconvert (pandas + matplotlib), warm: ${j[*]} -> median $mj s"
echo "dotnet-repl (ClusterStats), cold: $cold s; warm: ${d[*]} -> median $md s"
echo "ratio warm ClusterStats / Jupyter: $(echo "scale=2; $md / $mj" | bc)"
rm -rf "$work"
