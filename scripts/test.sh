#!/usr/bin/env bash
# Runs every test project of the solution against a local Azurite and prints one line
# "N passed, N failed, N skipped" summed over all projects (read from each project's TRX file).
# Extra arguments go to every "dotnet test" call (e.g. --filter ...).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/azurite.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/serverless-test.XXXXXX")
trap 'azurite_stop; rm -rf "$work"' EXIT

node_modules_install "$root" || { echo "0 passed, 1 failed"; exit 1; }
azurite_start "$root" "$work/azurite" || { echo "0 passed, 1 failed"; exit 1; }

results="$work/results"
failures=0
if ! dotnet build Serverless.sln -c Release; then
  echo "The build failed." >&2
  echo "0 passed, 1 failed"
  exit 1
fi

projects=$(grep -o '"[^"]*Tests\.csproj"' Serverless.sln | tr -d '"' | tr '\\' '/')
for project in $projects; do
  name=$(basename "$project" .csproj)
  if ! dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@"; then
    if [ ! -f "$results/$name.trx" ]; then
      echo "$name did not report results: counted as one failure." >&2
      failures=$((failures + 1))
    fi
  fi
done

passed=0 failed=$failures skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  # A skipped xunit test is counted in "total" but not in "executed"; "notExecuted" stays 0 for it.
  not_run=$(( $(value total) - $(value executed) ))
  [ "$not_run" -gt "$(value notExecuted)" ] || not_run=$(value notExecuted)
  skipped=$((skipped + not_run))
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
