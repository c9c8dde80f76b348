#!/usr/bin/env bash
# End to end on a headless desktop: Xvfb (from xvfb-run), a private session bus (from
# dbus-run-session), a real tray host (trayer), a real notification daemon (dunst), the demo
# instance and the real fedibell binary. A direct message sent by the demo must show up as a
# dunst popup; a screenshot of the screen with the popups and the tray menu is kept.
set -euo pipefail

fedibell="$1"
demo="$2"
artifacts="$3"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$artifacts"

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb FEDIBELL_DEMO_INSTANCE="$demo"

fail() {
    echo "FAIL: $*" >&2
    echo "--- fedibell log" >&2; cat "$work/fedibell.log" >&2 || true
    echo "--- dunst log" >&2; cat "$work/dunst.log" >&2 || true
    exit 1
}

wait_for() { # seconds, command...
    local seconds=$1; shift
    for _ in $(seq $((seconds * 10))); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.1
    done
    return 1
}

trayer --edge top --align left --widthtype request --height 32 --tint 0x2b2540 \
    --transparent true --alpha 0 >/dev/null 2>&1 &
pids+=($!)
dunst -conf "$here/dunstrc" >"$work/dunst.log" 2>&1 &
pids+=($!)
wait_for 10 dunstctl is-paused || fail "dunst did not start"

"$fedibell" --demo >"$work/fedibell.log" 2>&1 &
fedibell_pid=$!
pids+=($fedibell_pid)

displayed() { [ "$(dunstctl count displayed)" -ge "$1" ]; }
wait_for 30 displayed 2 || fail "no popup from Fedibell within 30 s"

"$fedibell" --status >"$work/status.txt" || fail "--status found no running Fedibell"
grep -q "streaming" "$work/status.txt" || fail "not streaming: $(cat "$work/status.txt")"
grep -q "unread" "$work/status.txt" || fail "no unread count: $(cat "$work/status.txt")"

# Open the tray menu (the icon is the first one in trayer's panel) for the screenshot.
xdotool mousemove 16 16 click 3 || true
sleep 1
import -window root "$artifacts/desktop-e2e.png" || fail "screenshot failed"
xdotool key Escape || true

# Closed popups go to dunst's history, which tells what was shown, as JSON.
dunstctl close-all
dunstctl history >"$artifacts/dunst-history.json"
grep -q '"Fedibell"' "$artifacts/dunst-history.json" || fail "history has no Fedibell popup"
grep -q 'Are we still on for Thursday' "$artifacts/dunst-history.json" \
    || fail "the demo's first message is not in the history"
grep -q 'im.received' "$artifacts/dunst-history.json" \
    || fail "the popup lacks the im.received category"

# A second launch hands over to the running copy and exits 0.
"$fedibell" --minimized || fail "second launch did not exit 0"

kill -TERM "$fedibell_pid"
wait "$fedibell_pid" || fail "fedibell did not exit cleanly"
echo "desktop end-to-end: ok"
