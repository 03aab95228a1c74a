#!/usr/bin/env bash
# Runs every test project of the solution against a local Azurite and prints one line
# "N passed, N failed, N skipped" summed over all projects (read from the TRX files).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/azurite.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/serverless-test.XXXXXX")
trap 'azurite_stop; rm -rf "$work"' EXIT

azurite_start "$root" "$work/azurite" || { echo "0 passed, 1 failed"; exit 1; }

results="$work/results"
dotnet test Serverless.sln -c Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0 failed=0 skipped=0 files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status without a failed test in $files result file(s): counted as one failure." >&2
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
