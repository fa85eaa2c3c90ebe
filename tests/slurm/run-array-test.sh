#!/usr/bin/env bash
# The scale-out test on a real Slurm cluster (a single node started here; .ci/run calls this):
#  1. the seed scenario as a 4-shard job array plus its merge job (run-array.sh --wait) gives, byte
#     for byte, the files of the same run on this machine;
#  2. a shard that fails is named with the command that reruns it alone; rerunning it and the merge
#     job's script gives the same bytes again (docs/scale-out.md, "Resume a failed shard").
# Closes on "slurm: N passed, M failed"; exits non-zero when a case failed. Needs root.
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"

build=src/Simulator.Cli/bin/Release/net10.0/truce-sim
[ -x "$build" ] || dotnet build src/Simulator.Cli -c Release --nologo -v quiet > /dev/null
state=$(mktemp -d /tmp/slurm-test.XXXXXX)
work=$(mktemp -d /tmp/slurm-runs.XXXXXX)
cleanup() {
  bash tests/slurm/cluster.sh stop "$state"
  rm -rf "$work" "$state"
}
trap cleanup EXIT
daemon_logs() { for log in "$state"/*.log; do [ -f "$log" ] && { echo "--- $log (last lines)"; tail -n 20 "$log"; }; done; }
bash tests/slurm/cluster.sh start "$state" || { daemon_logs; echo "slurm: 0 passed, 1 failed"; exit 1; }
export SLURM_CONF="$state/slurm.conf"
# The default simulator (run-array.sh: the installed tool, else this repository's Release build).
if command -v truce-sim > /dev/null 2>&1; then export SIMULATOR="$repo/$build"; else unset SIMULATOR; fi

passed=0
failed=0
files=(summary.json scenario.yaml survival.csv comparisons.csv causes.csv trials.csv)
same_files() { # expected folder, actual folder, files...: byte for byte (report.html but for its run date)
  local expected=$1 actual=$2 ok=0
  shift 2
  for file in "$@"; do
    if [ "$file" = report.html ]; then
      cmp <(sed 's|<dt>Run date</dt><dd>[^<]*</dd>||' "$expected/$file") <(sed 's|<dt>Run date</dt><dd>[^<]*</dd>||' "$actual/$file") || ok=1
    else
      cmp "$expected/$file" "$actual/$file" || ok=1
    fi
  done
  return $ok
}
verdict() { # case name, status
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "slurm: passed: $1"; else failed=$((failed + 1)); echo "slurm: FAILED: $1"; fi
}

run_args=(--trials 2003 --trials-csv)
"$build" run "${run_args[@]}" --report --out "$work/local" --quiet > /dev/null

# 1. Four shards and the merge, waited for.
status=0
deploy/slurm/run-array.sh --wait --shards 4 --out "$work/array" -- run "${run_args[@]}" --report || status=$?
[ "$status" -eq 0 ] && same_files "$work/local" "$work/array" "${files[@]}" report.html || status=1
verdict "4-shard job array + merge equals the local run byte for byte" "$status"

# 2. Shard 1 of 2 cannot write its folder (a file stands there): the array fails and names it.
status=0
mkdir -p "$work/resume/shards" && touch "$work/resume/shards/1"
deploy/slurm/run-array.sh --wait --shards 2 --out "$work/resume" -- run "${run_args[@]}" 2> "$work/resume.err" && status=1
rerun=$(grep -E '^  sbatch --array=1 ' "$work/resume.err" | sed 's/^  sbatch /sbatch --wait /')
[ -n "$rerun" ] || { echo "slurm: no rerun command in:"; cat "$work/resume.err"; status=1; }
rm -f "$work/resume/shards/1"
if [ "$status" -eq 0 ]; then
  $rerun > /dev/null || status=1
  bash "$work/resume/slurm/merge.sh" > /dev/null 2>&1 || status=1
  same_files "$work/local" "$work/resume" "${files[@]}" || status=1
fi
verdict "a failed shard rerun alone, then merged, equals the local run byte for byte" "$status"

[ "$failed" -eq 0 ] || daemon_logs
echo "slurm: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
