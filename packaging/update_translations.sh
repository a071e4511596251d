#!/usr/bin/env bash
# Refresh the interface translations: extract every translatable string from the sources into
# zoneeditor/i18n/zoneeditor_{ar,ru}.ts (new strings arrive untranslated, translations of
# unchanged strings are kept), then compile the .qm files the application loads.
#
# Run from the repository root with the project's environment active:
#     bash packaging/update_translations.sh
# Translate the new entries with Qt Linguist (pyside6-linguist zoneeditor/i18n/*.ts) or any
# .ts editor, then run this again to compile. Commit both the .ts and the .qm files.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BIN="$(dirname "$(command -v python)")"
LUPDATE="${LUPDATE:-$BIN/pyside6-lupdate}"
LRELEASE="${LRELEASE:-$BIN/pyside6-lrelease}"
[ -x "$LUPDATE" ] || LUPDATE=pyside6-lupdate
[ -x "$LRELEASE" ] || LRELEASE=pyside6-lrelease

mkdir -p build/i18n
# Strings lupdate cannot see by itself (module-level _tr("...") helpers, translate() calls
# with a count): read first, so that a string given a count gets its plural forms.
python packaging/tr_aliases.py zoneeditor/gui zoneeditor/render zoneeditor/i18n > build/i18n/tr_aliases.py

SOURCES=$(find zoneeditor/gui zoneeditor/render zoneeditor/i18n -name '*.py' | sort)
for lang in ar ru; do
    "$LUPDATE" -locations relative -target-language "$lang" \
        build/i18n/tr_aliases.py $SOURCES -ts "zoneeditor/i18n/zoneeditor_$lang.ts"
    "$LRELEASE" "zoneeditor/i18n/zoneeditor_$lang.ts" -qm "zoneeditor/i18n/zoneeditor_$lang.qm"
done
# English is the source language, but a string with a count ("%n features selected") has one
# source text and English needs two forms: zoneeditor_en.ts holds only those strings
# (-pluralonly), with English's "one" and "other" forms; the English interface loads it.
"$LUPDATE" -pluralonly -locations relative -target-language en \
    build/i18n/tr_aliases.py $SOURCES -ts zoneeditor/i18n/zoneeditor_en.ts
"$LRELEASE" zoneeditor/i18n/zoneeditor_en.ts -qm zoneeditor/i18n/zoneeditor_en.qm

# Say what is left to translate (lupdate marks new strings "unfinished").
for lang in en ar ru; do
    left=$(grep -c 'type="unfinished"' "zoneeditor/i18n/zoneeditor_$lang.ts" || true)
    echo "zoneeditor_$lang.ts: $left string(s) still to translate"
done
