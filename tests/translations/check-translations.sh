#!/usr/bin/env bash
# Fails when a .ts file is stale (lupdate over the sources would change it) or when a shipped
# language (the languages given after the source folder) still has unfinished strings. English
# (fedibell_en.ts) holds only the plural forms, as translations/CMakeLists.txt updates it.
set -euo pipefail

source_dir="$1"
shift
shipped=" $* "
lupdate=/usr/lib/qt6/bin/lupdate
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mapfile -t sources < <(cd "$source_dir" && find app ui -name '*.cpp' -o -name '*.h' -o -name '*.ui' | sort)
status=0
for ts in "$source_dir"/translations/fedibell_*.ts; do
    name="$(basename "$ts")"
    cp "$ts" "$work/$name"
    only=()
    if [ "$name" = fedibell_en.ts ]; then
        only=(-pluralonly)
    fi
    (cd "$source_dir" && "$lupdate" -silent "${only[@]}" -no-obsolete -locations none \
        "${sources[@]}" -ts "$work/$name") >/dev/null
    if ! diff -q "$ts" "$work/$name" >/dev/null; then
        echo "STALE: $name (run: cmake --build build --target update_translations)"
        diff -u "$ts" "$work/$name" | head -20
        status=1
    fi
    language="${name#fedibell_}"
    language="${language%.ts}"
    unfinished="$(grep -c 'type="unfinished"' "$ts" || true)"
    if [[ "$shipped" == *" $language "* ]] && [ "$unfinished" -ne 0 ]; then
        echo "UNFINISHED: $name has $unfinished unfinished strings"
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations: up to date and complete"
exit $status
