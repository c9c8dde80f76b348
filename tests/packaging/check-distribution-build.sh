#!/usr/bin/env bash
# Builds the app the way a distribution does and runs what it installed: a copy of only the
# sources the app needs (no tests/, no bench/), configured with the tests and benchmarks off,
# built, installed with DESTDIR. Then the installed fedibell answers --help and --version,
# "fedibell --headless" prints a message from the installed demo instance, and "fedibell
# --demo" on a private session bus streams from it until its --status counts a message.
#
#   check-distribution-build.sh SOURCE_DIR BUILD_DIR BUS_CONFIG GENERATOR
#
# BUILD_DIR is kept between runs, so only the first run compiles everything.
set -euo pipefail

if [ "${1:-}" = "--inside-session" ]; then
    inside_session=1
    shift
fi

fail() {
    echo "FAIL: $*" >&2
    for log in "${work:-/nonexistent}"/*.log; do
        [ -e "$log" ] && { echo "--- $(basename "$log")" >&2; tail -n 30 "$log" >&2; }
    done
    exit 1
}

wait_for() { # seconds, command...
    local seconds=$1
    shift
    for _ in $(seq $((seconds * 10))); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.1
    done
    return 1
}

# Runs on the private session bus (dbus-run-session, below): the installed fedibell --demo.
run_installed_demo() {
    local fedibell="$root/usr/bin/fedibell"
    "$fedibell" --demo >"$work/fedibell-demo.log" 2>&1 &
    pid=$!
    trap 'kill "$pid" 2>/dev/null || true' EXIT
    streaming() {
        "$fedibell" --status >"$work/status.txt" && grep -Eq ': streaming( |$)' "$work/status.txt"
    }
    received() { streaming && grep -Eq '^[1-9][0-9]* unread' "$work/status.txt"; }
    wait_for 60 streaming || fail "the demo account is not streaming: $(cat "$work/status.txt")"
    wait_for 30 received || fail "no message from the demo: $(cat "$work/status.txt")"

    # The demo instance it started (its only child) is the installed one.
    demo="$(pgrep -P "$pid")" || fail "fedibell --demo has no child process"
    [ "$(readlink "/proc/$demo/exe")" = "$root/usr/lib/fedibell/fedibell-demo-instance" ] \
        || fail "fedibell --demo started $(readlink "/proc/$demo/exe")"

    kill -TERM "$pid"
    wait "$pid" || fail "fedibell --demo did not exit cleanly"
    demo_gone() { ! kill -0 "$demo"; }
    wait_for 5 demo_gone || fail "the demo instance outlived fedibell"
    echo "installed fedibell --demo: $(paste -sd ';' "$work/status.txt")"
}

if [ -n "${inside_session:-}" ]; then
    root="$1"
    work="$2"
    run_installed_demo
    exit 0
fi

source_dir="$1"
build="$2"
bus_config="$3"
generator="$4"
work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# What a distribution builds the app from. cp -a keeps the times, so a rerun rebuilds only
# what changed.
mkdir -p "$build"
rm -rf "$build/src"
mkdir "$build/src"
for part in CMakeLists.txt app packaging resources translations ui; do
    cp -a "$source_dir/$part" "$build/src/"
done

started=$SECONDS
cmake -S "$build/src" -B "$build/obj" -G "$generator" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_INSTALL_PREFIX=/usr -DFEDIBELL_BUILD_TESTS=OFF -DFEDIBELL_BUILD_BENCHMARKS=OFF \
    >"$work/configure.log" 2>&1 || fail "configure failed"
cmake --build "$build/obj" --parallel 2 >"$work/build.log" 2>&1 || fail "build failed"
echo "configured and built in $((SECONDS - started)) s"
root="$work/root"
DESTDIR="$root" cmake --install "$build/obj" >"$work/install.log" 2>&1 || fail "install failed"

for file in bin/fedibell lib/fedibell/fedibell-headless lib/fedibell/fedibell-demo-instance; do
    [ -x "$root/usr/$file" ] || fail "not installed: /usr/$file"
done
strays="$(cd "$root" && find . -path '*test*' -o -path '*bench*' -o -name '*.json')"
[ -z "$strays" ] || fail "installed what is not the app's: $strays"

# The installed programs run, with a home of their own and no display.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
export XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
unset LANGUAGE FEDIBELL_DEMO_INSTANCE DISPLAY WAYLAND_DISPLAY
fedibell="$root/usr/bin/fedibell"

help_text="$("$fedibell" --help)" || fail "--help failed"
grep -q -- "--demo" <<<"$help_text" || fail "--help does not mention --demo"
grep -q "^fedibell [0-9]" <<<"$("$fedibell" --version)" || fail "--version"

# The installed demo instance and "fedibell --headless", which runs as the installed lean
# program: one JSON line.
coproc DEMO { exec "$root/usr/lib/fedibell/fedibell-demo-instance" --port 0 --token demo-token \
                   --interval-ms 500 2>"$work/demo-instance.log"; }
pids+=("$DEMO_PID")
read -r -t 10 banner <&"${DEMO[0]}" || fail "the installed demo instance did not start"
url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' <<<"$banner")" || fail "no loopback address: $banner"
FEDIBELL_ACCESS_TOKEN=demo-token "$fedibell" --headless --instance "$url" \
    >"$work/headless.jsonl" 2>"$work/headless.log" &
headless=$!
pids+=("$headless")
wait_for 30 grep -q '"kind":"direct"' "$work/headless.jsonl" \
    || fail "installed fedibell --headless printed no message"
[ "$(readlink "/proc/$headless/exe")" = "$root/usr/lib/fedibell/fedibell-headless" ] \
    || fail "fedibell --headless ran as $(readlink "/proc/$headless/exe")"
echo "installed fedibell --headless: $(head -c 100 "$work/headless.jsonl")..."
kill "${pids[@]}" 2>/dev/null || true
wait 2>/dev/null || true
pids=()

dbus-run-session --config-file="$bus_config" -- \
    bash "${BASH_SOURCE[0]}" --inside-session "$root" "$work" || exit 1
echo "distribution build: ok"
