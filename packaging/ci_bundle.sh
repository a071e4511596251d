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
cat > "$home/self-test.sh" <<SCRIPT
# Where we may (root, util-linux unshare), the machine's own GDAL, PROJ and GEOS (libraries and
# data) are masked in a private mount namespace first: the bundle must not lean on them.
if [ "\${ZE_MASK_SYSTEM:-0}" = 1 ]; then
    mkdir -p "$home/empty"
    for f in /usr/lib/*/libgdal.so* /usr/lib/*/libproj.so* /usr/lib/*/libgeos*.so* \
             /usr/lib/libgdal.so* /usr/lib/libproj.so*; do
        if [ -f "\$f" ] && [ ! -L "\$f" ]; then mount --bind /dev/null "\$f"; fi
    done
    for d in /usr/share/gdal /usr/share/proj; do
        if [ -d "\$d" ]; then mount --bind "$home/empty" "\$d"; fi
    done
    echo "(system GDAL, PROJ and GEOS masked)"
fi
exec env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/config" \
    XDG_STATE_HOME="$home/state" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    QT_QPA_PLATFORM=offscreen "$APP" --self-test
SCRIPT
set +e
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null \
        && unshare -m --propagation private true 2>/dev/null; then
    ZE_MASK_SYSTEM=1 unshare -m --propagation private bash "$home/self-test.sh"
else
    bash "$home/self-test.sh"
fi
status=$?
set -e
end=$(date +%s)
echo "== bundle built in $((built - start)) s, self-test ran in $((end - built)) s, status $status"
exit $status
