#!/usr/bin/env bash
# Runs fedibell-e2e-bench with its desktop figures on a headless desktop: Xvfb (xvfb-run -a), a
# private session bus that auto-starts nothing (dbus-run-session with the tests' bus config),
# a tray host (trayer) and a notification daemon (dunst). Options are passed to the benchmark:
#
#   bash bench/e2e/run-desktop-bench.sh [--quick] [--desktop-only] ...
#
# FEDIBELL_BUILD_DIR selects the build directory (default: ./build of this clone).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${FEDIBELL_BUILD_DIR:-$root/build}"
bench="$build/bench/e2e/fedibell-e2e-bench"
bus_config="$build/tests/test-bus.conf"

if [ "${1:-}" != "--inside-session" ]; then
    for file in "$bench" "$bus_config"; do
        [ -e "$file" ] || { echo "missing $file: build first (bash .ci/setup)" >&2; exit 1; }
    done
    exec xvfb-run -a -s "-screen 0 1024x768x24" \
        dbus-run-session --config-file="$bus_config" -- \
        bash "${BASH_SOURCE[0]}" --inside-session "$@"
fi
shift

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

log="$(mktemp -d)"
trayer --edge top --align left --widthtype request --height 32 >"$log/trayer.log" 2>&1 &
pids+=($!)
dunst -conf "$here/dunstrc" >"$log/dunst.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    if dunstctl is-paused >/dev/null 2>&1; then break; fi
    sleep 0.1
done
dunstctl is-paused >/dev/null 2>&1 || { echo "dunst did not start:" >&2; cat "$log/dunst.log" >&2; exit 1; }

status=0
"$bench" --desktop "$@" || status=$?
rm -rf "$log"
exit "$status"
