#!/usr/bin/env bash
# Builds the benchmarks in Release and runs every benchmark once in BenchmarkDotNet's dry mode
# (one launch, no warm-up, one iteration of one invocation): a smoke test that keeps them alive,
# not a measurement. Exits non-zero when the build fails or any benchmark fails (Program.cs turns
# a failed benchmark into exit code 1, since BenchmarkDotNet itself exits 0).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/benchmarks/Simulator.Benchmarks"
artifacts="${BENCHMARK_ARTIFACTS:-$(mktemp -d)}"

dotnet build "$project" -c Release --nologo -v quiet
cd "$project"
dotnet run -c Release --no-build --project "$project" -- \
  --job Dry --filter "*" --artifacts "$artifacts"
echo "run-dry: every benchmark ran (artifacts in $artifacts)"
