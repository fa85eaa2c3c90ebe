#!/usr/bin/env bash
# Runs a simulation on a Slurm cluster as a job array of N shards plus a merge job that starts when
# every shard succeeded (afterok). Outputs: DIR holds the merged files (exactly those of the single
# run), DIR/shards/I each shard, DIR/logs the jobs' logs, DIR/slurm the two job scripts.
#
#   deploy/slurm/run-array.sh [--wait] --shards N --out DIR -- [run|sweep|sample|sensitivity] [ARGUMENTS...]
#
# ARGUMENTS are those of the command (default run); --report and --plots go to the merge job, the
# script sets --shard and --out itself. The simulator is the command in $SIMULATOR (split on
# spaces, e.g. "dotnet /opt/truce-sim/truce-sim.dll"), else `truce-sim` on PATH (the installed tool), else this
# repository's Release build. sbatch options come from the usual SBATCH_* variables
# (SBATCH_PARTITION, SBATCH_TIMELIMIT, ...); a shard uses SLURM_CPUS_PER_TASK threads when set.
# --wait blocks until the merge job ends and exits with its status; a failed shard is named with
# the command that reruns it alone. docs/scale-out.md has the whole recipe.
set -euo pipefail

usage() {
  sed -n '6p' "${BASH_SOURCE[0]}" | sed 's/^#   //' >&2
}
fail() {
  echo "run-array.sh: $*" >&2
  exit 2
}

wait_for_merge=0
shards=""
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --wait) wait_for_merge=1; shift ;;
    --shards) [ $# -ge 2 ] || fail "--shards needs a number"; shards=$2; shift 2 ;;
    --shards=*) shards=${1#--shards=}; shift ;;
    --out) [ $# -ge 2 ] || fail "--out needs a folder"; out=$2; shift 2 ;;
    --out=*) out=${1#--out=}; shift ;;
    --) shift; break ;;
    -h|--help) usage; exit 0 ;;
    *) usage; fail "unknown option '$1' (the simulator's arguments go after --)" ;;
  esac
done
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { usage; fail "--shards must be a whole number of at least 1; found '${shards}'"; }
[ -n "$out" ] || { usage; fail "--out DIR is required: the merged outputs go there, the shards under DIR/shards"; }

command=run
case "${1:-}" in run|sweep|sample|sensitivity) command=$1; shift ;; esac
shard_args=()
merge_args=()
for argument in "$@"; do
  case "$argument" in
    --report|--plots) merge_args+=("$argument") ;;
    --shard|--shard=*|--out|--out=*) fail "give no $argument: the script gives each shard --shard auto/$shards and its own --out" ;;
    *) shard_args+=("$argument") ;;
  esac
done
threads_given=0
for argument in "${shard_args[@]+"${shard_args[@]}"}"; do
  case "$argument" in --threads|--threads=*) threads_given=1 ;; esac
done

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ -n "${SIMULATOR:-}" ]; then
  read -r -a simulator <<< "$SIMULATOR"
elif command -v truce-sim > /dev/null 2>&1; then
  simulator=("$(command -v truce-sim)")
elif [ -x "$repo/src/Simulator.Cli/bin/Release/net10.0/truce-sim" ]; then
  simulator=("$repo/src/Simulator.Cli/bin/Release/net10.0/truce-sim")
else
  fail "no simulator: set SIMULATOR, install the truce-sim tool, or build this repository (dotnet build -c Release)"
fi
command -v sbatch > /dev/null 2>&1 || fail "sbatch not found: run this on a Slurm submit host"

mkdir -p "$out/shards" "$out/logs" "$out/slurm"
out=$(cd "$out" && pwd)
quoted() { [ $# -eq 0 ] || printf ' %q' "$@"; }

# The shard job: one array task per shard; the array index is the shard index.
cat > "$out/slurm/shard.sh" <<SCRIPT
#!/usr/bin/env bash
# Written by deploy/slurm/run-array.sh: shard \$SLURM_ARRAY_TASK_ID of $shards.
# Rerun one failed shard alone: sbatch --array=INDEX --output=$out/logs/shard-%a.out $out/slurm/shard.sh
set -euo pipefail
threads=()
$([ "$threads_given" -eq 1 ] || echo '[ -z "${SLURM_CPUS_PER_TASK:-}" ] || threads=(--threads "$SLURM_CPUS_PER_TASK")')
exec$(quoted "${simulator[@]}" "$command") \\
  $(quoted "${shard_args[@]+"${shard_args[@]}"}") \\
  --shard auto/$shards --out "$out/shards/\$SLURM_ARRAY_TASK_ID" --quiet "\${threads[@]+"\${threads[@]}"}"
SCRIPT

# The merge job: every shard folder, named, so a stale folder can never slip in.
shard_folders=()
for ((i = 0; i < shards; i++)); do shard_folders+=("$out/shards/$i"); done
cat > "$out/slurm/merge.sh" <<SCRIPT
#!/usr/bin/env bash
# Written by deploy/slurm/run-array.sh: merges the $shards shards into $out.
set -euo pipefail
exec$(quoted "${simulator[@]}" merge "${shard_folders[@]}" --out "$out" "${merge_args[@]+"${merge_args[@]}"}")
SCRIPT
chmod +x "$out/slurm/shard.sh" "$out/slurm/merge.sh"

array=$(sbatch --parsable --job-name=simulator-shards --array="0-$((shards - 1))" \
  --output="$out/logs/shard-%a.out" --chdir="$out" "$out/slurm/shard.sh")
array=${array%%;*}
echo "run-array.sh: submitted $shards shards as job array $array (logs in $out/logs)"
merge_job=(sbatch --parsable --job-name=simulator-merge --dependency="afterok:$array" --kill-on-invalid-dep=yes
  --output="$out/logs/merge.out" --chdir="$out")
if [ "$wait_for_merge" -eq 0 ]; then
  merge=$("${merge_job[@]}" "$out/slurm/merge.sh")
  echo "run-array.sh: submitted the merge as job ${merge%%;*} (after every shard succeeded); outputs in $out"
  exit 0
fi

echo "run-array.sh: submitting the merge (after every shard succeeded) and waiting for it..."
status=0
"${merge_job[@]}" --wait "$out/slurm/merge.sh" > "$out/logs/merge.job" || status=$?
merge=$(head -n 1 "$out/logs/merge.job" | cut -d';' -f1)
# sbatch --wait exits 0 for a job Slurm cancelled unrun (a shard failed): ask for its state.
state=$(scontrol show job "$merge" 2> /dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2 || true)
if [ "$status" -eq 0 ] && [ -n "$state" ] && [ "$state" != COMPLETED ]; then status=1; fi
echo "run-array.sh: merge job $merge ended ${state:-} with status $status"
if [ "$status" -ne 0 ]; then
  for ((i = 0; i < shards; i++)); do
    if [ ! -f "$out/shards/$i/shard.bin" ]; then
      echo "run-array.sh: shard $i/$shards did not finish (see $out/logs/shard-$i.out); rerun it alone:" >&2
      echo "  sbatch --array=$i --output=$out/logs/shard-%a.out $out/slurm/shard.sh" >&2
    fi
  done
  echo "run-array.sh: then merge: sbatch --output=$out/logs/merge.out $out/slurm/merge.sh (or run it here: bash $out/slurm/merge.sh)" >&2
  exit "$status"
fi
echo "run-array.sh: merged outputs in $out"
