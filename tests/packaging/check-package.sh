#!/usr/bin/env bash
# Builds the Debian package from the build tree and checks it the way Debian and the desktop
# would: lintian, desktop-file-validate, appstreamcli, the files where the desktop expects
# them, and the unpacked binary itself.
set -euo pipefail

build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$(ls "$work"/out/fedibell_*_*.deb)"
[[ "$(basename "$deb")" =~ ^fedibell_[0-9.]+_[a-z0-9]+\.deb$ ]] || fail "unexpected name $deb"

# Lintian: no errors, no warnings (none are accepted at the moment; see README).
lintian --tag-display-limit 0 "$deb" 2>/dev/null >"$work/lintian.txt" || true
if grep -E '^(E|W): ' "$work/lintian.txt"; then fail "lintian complained"; fi

dpkg-deb -x "$deb" "$work/root"
root="$work/root/usr"
desktop="$root/share/applications/io.github.fedibell.Fedibell.desktop"
metainfo="$root/share/metainfo/io.github.fedibell.Fedibell.metainfo.xml"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" >"$work/appstream.txt" 2>&1 \
    || { cat "$work/appstream.txt" >&2; fail "appstreamcli validate"; }

for file in bin/fedibell lib/fedibell/fedibell-headless lib/fedibell/fedibell-demo-instance \
            share/man/man1/fedibell.1.gz share/doc/fedibell/copyright \
            share/doc/fedibell/changelog.gz lib/systemd/user/fedibell-headless.service \
            share/icons/hicolor/scalable/apps/io.github.fedibell.Fedibell.svg; do
    [ -e "$root/$file" ] || fail "missing /usr/$file"
done
for size in 16 22 24 32 48 64 128 256; do
    [ -e "$root/share/icons/hicolor/${size}x${size}/apps/io.github.fedibell.Fedibell.png" ] \
        || fail "missing ${size}px icon"
done
grep -q '^Exec=fedibell' "$desktop" || fail "desktop entry does not start fedibell"

# The man page documents every option the program has.
man_text="$(zcat "$root/share/man/man1/fedibell.1.gz")"
help_text="$("$root/bin/fedibell" --help)"
for option in $(grep -o -- '--[a-z-]*' <<<"$help_text" | sort -u); do
    grep -q -- "${option//-/\\\\-}" <<<"$man_text" || fail "man page lacks $option"
done

# The unpacked programs run; binaries are stripped and hardened.
version="$("$root/bin/fedibell" --version)"
grep -q "^fedibell [0-9]" <<<"$version" || fail "--version"
grep -q -- "--headless" <<<"$help_text" || fail "--help"
# (Outputs are read whole first: "grep -q" closing a pipe early trips pipefail.)
for binary in bin/fedibell lib/fedibell/fedibell-headless; do
    kind="$(file "$root/$binary")"
    dynamic="$(readelf -d "$root/$binary")"
    segments="$(readelf -lW "$root/$binary")"
    symbols="$(readelf -sW --dyn-syms "$root/$binary")"
    grep -q ", stripped" <<<"$kind" || fail "$binary is not stripped"
    grep -q 'BIND_NOW' <<<"$dynamic" || fail "$binary lacks -z now"
    grep -q 'GNU_RELRO' <<<"$segments" || fail "$binary lacks RELRO"
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "$binary lacks the stack protector"
done
"$root/bin/fedibell" --headless --instance http://127.0.0.1:9 </dev/null >/dev/null 2>"$work/err" \
    && fail "headless without a token should fail"
grep -q "FEDIBELL_ACCESS_TOKEN" "$work/err" || fail "headless from the package did not run"
echo "package checks: ok ($(basename "$deb"))"
