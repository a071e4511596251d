#!/usr/bin/env bash
# CI step for the installable bundle: build dist/zoneeditor/ with packaging/build.sh, then run
# the frozen application's self-test offscreen. The exit status is the self-test's (0 = every
# check passed); a failed build exits non-zero before that.
#
# Run from the repository root after the test suite:   bash packaging/ci_bundle.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

start=$(date +%s)
bash packaging/build.sh
built=$(date +%s)

APP="$ROOT/dist/zoneeditor/zoneeditor"
echo "== $("$APP" --version)"
# A private home: the self-test writes nothing outside its temporary folder, and must not
# depend on anything a developer's machine has in its config either.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
set +e
env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/config" \
    XDG_STATE_HOME="$home/state" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    QT_QPA_PLATFORM=offscreen "$APP" --self-test
status=$?
set -e
end=$(date +%s)
echo "== bundle built in $((built - start)) s, self-test ran in $((end - built)) s, status $status"
exit $status
