#!/usr/bin/env bash
# The one test command of ClusterStats (README, CI): installs what a fresh Debian machine lacks, restores, builds,
# runs every test and prints as its last line "N passed, N failed". Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")"
root=$PWD
out="$root/artifacts/test"
rm -rf "$out" && mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0
failed=0
fail() { failed=$((failed + 1)); echo "FAILED: $*" >&2; }
pass() { passed=$((passed + 1)); }
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

# Adds the counters of every TRX file under $1 to the totals: a result counts as passed only when it passed; every
# other result in the total (failed, error, timeout, aborted, inconclusive, not executed or skipped, not runnable,
# disconnected, passed but run aborted, warning, pending, in progress) counts as a failure and is named on stderr.
count_trx() {
  local f counters total p x name n other
  while IFS= read -r f; do
    counters=$(grep -o '<Counters [^>]*' "$f")
    total=$(grep -o ' total="[0-9]*"' <<<"$counters" | grep -o '[0-9]*')
    p=$(grep -o ' passed="[0-9]*"' <<<"$counters" | grep -o '[0-9]*')
    other=0
    for name in failed error timeout aborted inconclusive passedButRunAborted notRunnable notExecuted disconnected \
                warning inProgress pending; do
      n=$(grep -o " $name=\"[0-9]*\"" <<<"$counters" | grep -o '[0-9]*')
      if [ "${n:-0}" -gt 0 ]; then other=$((other + n)); echo "FAILED: $n test result(s) $name in $f" >&2; fi
    done
    # A result the counters do not classify (total above the sum) is not a pass either.
    x=$(( ${total:-0} - ${p:-0} ))
    [ "$other" -gt "$x" ] && x=$other
    passed=$((passed + ${p:-0}))
    failed=$((failed + x))
  done < <(find "$1" -name '*.trx' 2>/dev/null)
}

# Runs one test project (already built) with a TRX logger and adds its counters; a crashed runner, or one that ran
# no test, counts as a failure.
run_tests() {
  local name=$1 project=$2 rc before failed_before
  dotnet test "$project" --no-build -c Release \
    --logger "trx;LogFileName=$name.trx" --results-directory "$out/$name" >"$out/$name.log" 2>&1
  rc=$?
  before=$((passed + failed)); failed_before=$failed
  count_trx "$out/$name"
  if [ $rc -ne 0 ] && [ "$failed" -eq "$failed_before" ]; then
    tail -n 30 "$out/$name.log" >&2; fail "$name test runner exited $rc"
  elif [ $((passed + failed)) -eq "$before" ]; then
    tail -n 30 "$out/$name.log" >&2; fail "$name test runner ran no test"
  fi
  grep -E '^\s+Failed ' "$out/$name.log" >&2 || true
}

# ---- what a fresh machine lacks ----
apt_install() {
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null || { echo "cannot install $* (not root or no apt-get)" >&2; return 1; }
  if [ -z "${apt_updated:-}" ]; then apt-get update -qq >/dev/null 2>&1; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if ! ls /usr/share/fonts/truetype/wqy/wqy-microhei.tt? >/dev/null 2>&1; then
  echo "== installing the CJK font (fonts-wqy-microhei)" >&2
  apt_install fonts-wqy-microhei || fail "install fonts-wqy-microhei"
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Chromium (the report is checked in a real browser)" >&2
  apt_install chromium || fail "install chromium"
fi
# Jupyter runs the notebooks through the .NET Interactive kernel: Debian's nbconvert, client and Python kernel machinery
# (for Debian's Python: another python3 first on PATH may lack them while jupyter-nbconvert runs /usr/bin/python3).
if ! /usr/bin/python3 -c 'import nbconvert, nbclient, jupyter_client, ipykernel' >/dev/null 2>&1 || ! command -v jupyter-nbconvert >/dev/null 2>&1; then
  echo "== installing Jupyter (jupyter-nbconvert, jupyter-client, python3-ipykernel)" >&2
  apt_install jupyter-nbconvert jupyter-client python3-ipykernel || fail "install jupyter-nbconvert jupyter-client python3-ipykernel"
fi
echo "== restoring dotnet local tools" >&2
dotnet tool restore >"$out/tool-restore.log" 2>&1 || { cat "$out/tool-restore.log" >&2; fail "dotnet tool restore"; }

# ---- restore and build (locked mode: the lock files are the truth) ----
echo "== restore (locked) and build" >&2
if ! dotnet restore ClusterStats.sln --locked-mode >"$out/restore.log" 2>&1; then
  cat "$out/restore.log" >&2; fail "restore"; finish
fi
if ! dotnet build ClusterStats.sln --no-restore -c Release -warnaserror >"$out/build.log" 2>&1; then
  grep -E 'error|Error' "$out/build.log" | sort -u >&2; fail "build"; finish
fi

# ---- unit and integration tests ----
echo "== unit tests" >&2
run_tests unit tests/ClusterStats.Tests/ClusterStats.Tests.csproj

# ---- the packages, as users get them: a local feed with a fresh version ----
echo "== pack to a local feed" >&2
version="0.1.0-ci.$(date -u +%Y%m%d%H%M%S)"
feed="$out/feed"
if ! { dotnet pack src/ClusterStats/ClusterStats.csproj -c Release -o "$feed" -p:VersionSuffix="${version#0.1.0-}" &&
       dotnet pack src/ClusterStats.Cli/ClusterStats.Cli.csproj -c Release -o "$feed" -p:VersionSuffix="${version#0.1.0-}"; } >"$out/pack.log" 2>&1; then
  grep -E 'error' "$out/pack.log" | sort -u >&2; fail "pack"
fi

# ---- notebooks, executed headlessly against the packed package ----
# dotnet-repl first; a failing cell is counted by the end-to-end tests, which read every executed cell.
mkdir -p "$out/notebooks"
for nb in notebooks/*.ipynb; do
  [ -e "$nb" ] || continue
  name=$(basename "$nb")
  echo "== notebook $name (dotnet-repl)" >&2
  (cd notebooks && RestoreAdditionalProjectSources="$feed" timeout 600 dotnet dotnet-repl --run "$name" \
      --exit-after-run --output-path "$out/notebooks/$name") >"$out/notebooks/${name%.ipynb}.log" 2>&1 ||
    echo "   (dotnet-repl exited $?; failing cells are counted by the end-to-end tests)" >&2
done

# Then Jupyter with the real kernel: the last .NET Interactive tool (a local tool of this repository) registered as a
# Jupyter kernel in a private JUPYTER_PATH under artifacts/, so nothing of the machine's Jupyter setup is touched.
# --allow-errors runs every cell and keeps its error in the output for the end-to-end tests; a kernel that cannot
# start or run fails here.
jupyter_out="$out/jupyter-notebooks"
mkdir -p "$jupyter_out" "$out/jupyter/kernels" "$out/jupyter/runtime" "$out/jupyter/config"
export JUPYTER_PATH="$out/jupyter" JUPYTER_RUNTIME_DIR="$out/jupyter/runtime" JUPYTER_CONFIG_DIR="$out/jupyter/config"
if ! dotnet dotnet-interactive jupyter install --path "$out/jupyter/kernels" >"$out/jupyter/install.log" 2>&1 ||
   ! [ -f "$out/jupyter/kernels/.net-csharp/kernel.json" ]; then
  cat "$out/jupyter/install.log" >&2; fail "register the .NET Interactive kernel for Jupyter"
else
  for nb in notebooks/*.ipynb; do
    [ -e "$nb" ] || continue
    name=$(basename "$nb")
    echo "== notebook $name (Jupyter, .NET Interactive kernel)" >&2
    if ! (cd notebooks && RestoreAdditionalProjectSources="$feed" timeout 900 jupyter nbconvert --to notebook --execute \
          --allow-errors --ExecutePreprocessor.kernel_name=.net-csharp --ExecutePreprocessor.timeout=600 \
          --output-dir "$jupyter_out" "$name") >"$jupyter_out/${name%.ipynb}.log" 2>&1 || ! [ -s "$jupyter_out/$name" ]; then
      tail -n 30 "$jupyter_out/${name%.ipynb}.log" >&2; fail "Jupyter could not run $name through the .NET Interactive kernel"
    fi
  done
fi

# ---- scripts: each file-based app run with dotnet run against the packed package, writing its page ----
mkdir -p "$out/scripts"
for script in notebooks/scripts/*.cs; do
  [ -e "$script" ] || continue
  name=$(basename "$script" .cs)
  echo "== script $name.cs (dotnet run)" >&2
  # The package version floats (*-*): --no-cache and RestoreForceEvaluate make every run build against the package
  # packed by this run, never an earlier run's cache or restore.
  if ! (cd notebooks/scripts && RestoreAdditionalProjectSources="$feed" RestoreForceEvaluate=true timeout 600 dotnet run --no-cache "$name.cs" -- \
        "$out/scripts/$name.html") >"$out/scripts/$name.log" 2>&1 || ! [ -s "$out/scripts/$name.html" ]; then
    tail -n 30 "$out/scripts/$name.log" >&2; fail "script $name.cs"
  fi
done

# ---- end to end: notebook cells (both runs), script pages and the report in a browser, the installed tool, a consumer project ----
echo "== end-to-end tests" >&2
export CLUSTERSTATS_FEED="$feed" CLUSTERSTATS_VERSION="$version" CLUSTERSTATS_NOTEBOOKS="$out/notebooks" \
  CLUSTERSTATS_JUPYTER_NOTEBOOKS="$jupyter_out" CLUSTERSTATS_SCRIPTS="$out/scripts" CLUSTERSTATS_ARTIFACTS="$out"
run_tests e2e tests/ClusterStats.EndToEnd/ClusterStats.EndToEnd.csproj

finish
