#!/usr/bin/env bash
# Times, as whole processes and in one run, `truce-sim run` on scenarios/reference/constant-hazard.yaml
# against the same model written by hand: a C# event loop compiled as its own program
# (benchmarks/HandWrittenLoop) and a plain Python loop (benchmarks/hand_written_loop.py, where
# python3 exists). Each program simulates TRIALS futures and writes its survival curve; each is run
# REPEAT times in turn and the minimum wall time is kept (the machine may be shared: the load
# average is printed before and after). `run` is timed twice over: the Release build that
# `dotnet run`/`dotnet build` make (its code compiled just in time at start) and the same CLI
# published with ReadyToRun (precompiled: what deploy/container/Dockerfile installs), to tell the
# start-up's compilation from the rest. Prints wall seconds, peak memory and the throughput ratios.
#   benchmarks/whole-process.sh [TRIALS] [REPEAT]      (defaults 2000000 and 3)
set -euo pipefail

trials="${1:-2000000}"
repeat="${2:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/Simulator.Cli" -c Release --nologo -v quiet > /dev/null
dotnet build "$root/benchmarks/HandWrittenLoop" -c Release --nologo -v quiet -o "$work/hand" > /dev/null
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)"
dotnet publish "$root/src/Simulator.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  --nologo -v quiet -o "$work/r2r" > /dev/null
cli="$root/src/Simulator.Cli/bin/Release/net10.0/truce-sim.dll"
scenario="$root/scenarios/reference/constant-hazard.yaml"

declare -A best_wall best_rss
# time_one NAME COMMAND...: one timed run; keeps the minimum wall time and the peak memory of that run.
time_one() {
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  read -r wall rss < "$work/time"
  if [[ -z "${best_wall[$name]:-}" ]] || awk -v a="$wall" -v b="${best_wall[$name]}" 'BEGIN { exit !(a < b) }'; then
    best_wall[$name]="$wall"
    best_rss[$name]="$rss"
    # The engine's own time in that same run (timing.json), to tell the trials from the rest.
    if [[ "$name" == "run --threads 1" ]]; then
      best_engine="$(sed -n 's/.*"elapsed_seconds": \([0-9.]*\).*/\1/p' "$work/run1/timing.json")"
    fi
  fi
}

names=("run --threads 1" "run (all cores)" "run, ReadyToRun, 1 thread" "hand-written C#")
has_python=0
if command -v python3 > /dev/null; then has_python=1; names+=("plain Python"); fi

echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "trials: $trials; repetitions: $repeat (minimum wall time kept)"
for ((i = 0; i < repeat; i++)); do
  time_one "run --threads 1" dotnet "$cli" run "$scenario" --trials "$trials" --threads 1 --quiet --force --out "$work/run1"
  time_one "run (all cores)" dotnet "$cli" run "$scenario" --trials "$trials" --quiet --force --out "$work/run"
  time_one "run, ReadyToRun, 1 thread" dotnet "$work/r2r/truce-sim.dll" run "$scenario" --trials "$trials" --threads 1 --quiet --force --out "$work/r2r-run"
  time_one "hand-written C#" dotnet "$work/hand/hand-written-loop.dll" "$trials" "$work/hand.csv"
  if ((has_python)); then time_one "plain Python" python3 "$root/benchmarks/hand_written_loop.py" "$trials" "$work/python.csv"; fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v e="$best_engine" -v w="${best_wall["run --threads 1"]}" \
  'BEGIN { printf "fastest run --threads 1: trials %.2f s (timing.json), the rest of the process %.2f s (%.0f %% of its wall time)\n", e, w - e, 100 * (w - e) / w }'
echo
printf '%-27s %10s %12s %14s\n' "program" "wall (s)" "peak (MB)" "hand / it"
hand="${best_wall["hand-written C#"]}"
for name in "${names[@]}"; do
  awk -v n="$name" -v w="${best_wall[$name]}" -v r="${best_rss[$name]}" -v h="$hand" \
    'BEGIN { printf "%-27s %10.2f %12.0f %13.2fx\n", n, w, r / 1024, h / w }'
done
echo
echo "'hand / it' is the throughput of each program relative to the hand-written C# loop (1.00x: as fast;"
echo "0.50x: half as fast), from the minimum wall times."
