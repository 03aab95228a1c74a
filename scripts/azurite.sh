# Sourced by the start and test scripts: installs the npm packages from the lockfile when missing and starts Azurite
# on 127.0.0.1, unless something already answers on its ports (then that instance is used as it is).
# Sets AZURITE_PID when this shell started it; azurite_stop stops only that one.

AZURITE_PORTS=(10000 10001 10002)

azurite_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

azurite_running() {
  local port
  for port in "${AZURITE_PORTS[@]}"; do
    azurite_port_open "$port" || return 1
  done
}

# npm ci when node_modules is missing or older than the lockfile: Azurite, and the front-end packages whose files
# the build embeds in the app (functions/Probation.Functions.Shared) and the browser tests read.
node_modules_install() {
  local root=$1
  if [ ! -x "$root/node_modules/.bin/azurite" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
    echo "Installing the npm packages of package-lock.json (npm ci)..."
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  fi
}

# azurite_start <repo root> <data folder>
azurite_start() {
  local root=$1 data=$2
  if azurite_running; then
    echo "Azurite already answers on 127.0.0.1:10000-10002; using it."
    return 0
  fi
  node_modules_install "$root" || return 1
  mkdir -p "$data"
  # In a process group of its own, so a Ctrl+C meant for what runs on it (start.sh's host) does not stop it too: the host
  # needs storage to stop cleanly (the engine releases its partitions), and the caller's trap stops Azurite afterwards.
  local job_control=${-//[^m]/}
  set -m
  "$root/node_modules/.bin/azurite" --silent --location "$data" \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry >"$data/azurite.out" 2>&1 &
  AZURITE_PID=$!
  [ -n "$job_control" ] || set +m
  local waited=0
  until azurite_running; do
    if ! kill -0 "$AZURITE_PID" 2>/dev/null; then
      echo "Azurite exited at start-up:" >&2
      cat "$data/azurite.out" >&2
      return 1
    fi
    sleep 0.2
    waited=$((waited + 1))
    if [ "$waited" -gt 300 ]; then
      echo "Azurite did not open its ports within 60 s." >&2
      return 1
    fi
  done
  echo "Azurite started (pid $AZURITE_PID, data in $data)."
}

azurite_stop() {
  if [ -n "${AZURITE_PID:-}" ]; then
    kill "$AZURITE_PID" 2>/dev/null
    wait "$AZURITE_PID" 2>/dev/null
    AZURITE_PID=
  fi
}
