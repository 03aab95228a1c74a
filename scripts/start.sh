#!/usr/bin/env bash
# Starts everything the service needs locally: Azurite (installed from the lockfile when missing, data under
# .azurite/, which git ignores) and then the service itself. Ctrl+C stops both.
#
# Until the function app exists (issue "The function app: court intake, staff actions, reminders, status API"),
# the "service" started here is a sample: the runtime's HelloCities5 scenario on the in-memory backend.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/azurite.sh
trap azurite_stop EXIT

azurite_start "$root" "$root/.azurite" || exit 1
echo "Storage: UseDevelopmentStorage=true (Azurite on 127.0.0.1:10000-10002)."
echo "The function app does not exist yet; running the runtime sample instead (HelloCities5, in-memory backend)."
dotnet run -c Release --project runtime/Durable.Bench -- --scenario hello --runs 1 "$@"
