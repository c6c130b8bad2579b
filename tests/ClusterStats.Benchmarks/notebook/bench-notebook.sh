#!/usr/bin/env bash
# Whole headless runs of one piece of work, side by side: load 30 regions with Chinese names, show a table and draw a
# bar chart with Chinese labels. Four ways, alternating (J S K D J S K D ...), medians of the warm runs:
#   J  the Jupyter baseline: pandas + matplotlib through nbconvert (pandas-matplotlib.ipynb beside this script);
#   S  the file-based app clusterstats-chart30.cs with dotnet run, writing one page (warm: its build is cached);
#   K  clusterstats-chart30.ipynb through Jupyter with the .NET Interactive kernel (the last one, 1.0.712001, a local
#      tool of the repository, registered in a private JUPYTER_PATH);
#   D  the same notebook through dotnet-repl.
# Everything runs against a freshly packed ClusterStats. "Cold" is the script's first run after packing: NuGet restore
# and extraction of the new version, then the build. The notebook and the script pin the packed version (see below).
# Usage: bench-notebook.sh [ROUNDS]
# Needs: apt-get install -y --no-install-recommends jupyter-nbconvert jupyter-client python3-ipykernel python3-pandas python3-matplotlib fonts-noto-cjk
set -euo pipefail
rounds=${1:-5}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/jupyter" "$work/dotnet" "$work/script" "$work/out" "$work/kernels/kernels" "$work/kernels/runtime"
cp "$here/pandas-matplotlib.ipynb" "$here/chart30.csv" "$work/jupyter/"
cp "$here/clusterstats-chart30.ipynb" "$here/chart30.csv" "$repo/dotnet-tools.json" "$work/dotnet/"
cp "$here/clusterstats-chart30.cs" "$here/chart30.csv" "$work/script/"
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
dotnet pack "$repo/src/ClusterStats/ClusterStats.csproj" -c Release -o "$work/feed" -p:VersionSuffix="${version#0.1.0-}" >/dev/null
(cd "$work/dotnet" && dotnet tool restore >/dev/null)
# Pin the packed version, as a notebook or script that uses a release does ("ClusterStats, 0.1.0"): a floating "*-*"
# makes NuGet list every feed's versions on each run (about 3.5 s here), which is restore cost, not ClusterStats'.
sed -i "s/nuget: ClusterStats, \*-\*/nuget: ClusterStats, $version/" "$work/dotnet/clusterstats-chart30.ipynb"
sed -i "s/^#:package ClusterStats@\*-\*/#:package ClusterStats@$version/" "$work/script/clusterstats-chart30.cs"
# The .NET kernel for Jupyter, registered where only this run sees it.
export JUPYTER_PATH="$work/kernels" JUPYTER_RUNTIME_DIR="$work/kernels/runtime"
(cd "$work/dotnet" && dotnet dotnet-interactive jupyter install --path "$work/kernels/kernels" >/dev/null)

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
run_jupyter() { (cd "$work/jupyter" && jupyter nbconvert --to notebook --execute pandas-matplotlib.ipynb --output out.ipynb); }
run_script() { (cd "$work/script" && RestoreAdditionalProjectSources="$work/feed" dotnet run clusterstats-chart30.cs -- "$work/out/chart30.html"); }
run_kernel() { (cd "$work/dotnet" && RestoreAdditionalProjectSources="$work/feed" jupyter nbconvert --to notebook --execute \
  --ExecutePreprocessor.kernel_name=.net-csharp --ExecutePreprocessor.timeout=300 clusterstats-chart30.ipynb --output-dir "$work/out" --output kernel.ipynb); }
run_repl() { (cd "$work/dotnet" && RestoreAdditionalProjectSources="$work/feed" dotnet dotnet-repl --run clusterstats-chart30.ipynb --exit-after-run --output-path "$work/out/repl.ipynb"); }

load=$(cut -d' ' -f1-3 /proc/loadavg)
# Warm the Python and font caches once, as a user's machine would be; the baseline must run at all.
run_jupyter >/dev/null 2>&1 || { echo "the Jupyter baseline failed: is python3-pandas, python3-matplotlib and fonts-noto-cjk installed?" >&2; exit 1; }
cold=$(seconds run_script)
# Each way must have done the work: a table and a PNG chart, no error.
grep -q 'data:image/png;base64' "$work/out/chart30.html" && grep -q '<table' "$work/out/chart30.html" || { echo "the script drew no chart or table" >&2; exit 1; }
run_kernel >/dev/null 2>&1 || { echo "the .NET Interactive kernel could not run the notebook" >&2; exit 1; }
grep -q 'image/png' "$work/out/kernel.ipynb" && ! grep -q '"output_type": "error"' "$work/out/kernel.ipynb" || { echo "the kernel run drew no chart or failed a cell" >&2; exit 1; }
run_repl >/dev/null 2>&1 || true
grep -q 'data:image/png;base64' "$work/out/repl.ipynb" || { echo "the dotnet-repl run drew no chart" >&2; exit 1; }
j=(); s=(); k=(); d=()
for _ in $(seq "$rounds"); do
  j+=("$(seconds run_jupyter)")
  s+=("$(seconds run_script)")
  k+=("$(seconds run_kernel)")
  d+=("$(seconds run_repl)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mj=$(median "${j[@]}"); ms=$(median "${s[@]}"); mk=$(median "${k[@]}"); md=$(median "${d[@]}")
echo "load average at the start: $load"
echo "J jupyter nbconvert (pandas + matplotlib), warm: ${j[*]} -> median $mj s"
echo "S dotnet run clusterstats-chart30.cs, cold: $cold s; warm: ${s[*]} -> median $ms s"
echo "K jupyter nbconvert (.NET Interactive kernel), warm: ${k[*]} -> median $mk s"
echo "D dotnet-repl, warm: ${d[*]} -> median $md s"
echo "ratio warm script / Jupyter: $(echo "scale=2; $ms / $mj" | bc) (target <= 0.25)"
echo "ratio warm kernel / Jupyter: $(echo "scale=2; $mk / $mj" | bc); dotnet-repl / Jupyter: $(echo "scale=2; $md / $mj" | bc)"
