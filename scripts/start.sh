#!/usr/bin/env bash
# Starts everything the service needs locally: Azurite (installed from the lockfile when missing, data under
# .azurite/, which git ignores), then the function app on http://127.0.0.1:7071 with the settings of
# local.settings.json (created from local.settings.sample.json when missing). Ctrl+C stops both.
# Environment variables override the settings, e.g. Clock__Mode=Virtual Clock__Start=2026-12-23T09:00:00Z.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/azurite.sh
trap azurite_stop EXIT

if [ ! -f local.settings.json ]; then
  cp local.settings.sample.json local.settings.json
  echo "Created local.settings.json from local.settings.sample.json."
fi

node_modules_install "$root" || { echo "npm ci failed." >&2; exit 1; }
azurite_start "$root" "$root/.azurite" || exit 1
dotnet run -c Release --project functions/Probation.Functions -- "$@"
