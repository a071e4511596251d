"""One sentence for a library of the machine that the dynamic loader could not give.

Qt (from PyPI or in the bundle) takes its desktop libraries from the machine: libGL, libEGL
and libxcb always, and in the bundle also libstdc++, GLib, X11, fontconfig, FreeType and
xkbcommon (packaging/bundle_rules.py, ``FROM_THE_SYSTEM``, says why). On a machine without
one of them an import fails with the loader's words ("libEGL.so.1: cannot open shared object
file: ...", "version `GLIBCXX_3.4.32' not found"), which reach the user as a traceback or an
"internal error" although nothing in zoneeditor is broken. ``loader_problem`` turns them into one
sentence that names the library and the package to install; ``cli.common.run_guarded`` and
``zoneeditor.__main__`` use it.
"""

from __future__ import annotations

import re

#: The libraries the Linux bundle leaves to the machine although it links them: the same
#: list as packaging/bundle_rules.py's ``FROM_THE_SYSTEM`` (a test compares them), which says
#: why. The self-test checks that each one in memory is the machine's.
FROM_THE_SYSTEM = ("libcups.so.2",
                   "libstdc++.so.6", "libgcc_s.so.1",
                   "libglib-2.0.so.0", "libgthread-2.0.so.0",
                   "libX11.so.6", "libX11-xcb.so.1",
                   "libfontconfig.so.1", "libfreetype.so.6", "libxkbcommon.so.0")

#: The package that carries a library the editor takes from the machine: (Debian and
#: Ubuntu, Fedora). A library not named here is still named in the sentence.
PACKAGES: dict[str, tuple[str, str]] = {
    "libstdc++.so.6": ("libstdc++6", "libstdc++"),
    "libgcc_s.so.1": ("libgcc-s1", "libgcc"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libcups.so.2": ("libcups2", "cups-libs"),
}

_MISSING = re.compile(r"(?P<library>[\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")
_TOO_OLD = re.compile(r"(?P<library>[^\s:]+\.so(?:\.\d+)*): version `(?P<version>[^']+)' "
                      r"not found")


def loader_problem(exc: BaseException) -> str | None:
    """The sentence for ``exc`` when the dynamic loader raised it for a library the machine
    lacks or has in too old a release; None for any other exception (a bug stays a bug).

    PyInstaller's ctypes replaces the loader's words with its own and chains them as the
    cause, which is read too.
    """
    if not isinstance(exc, (ImportError, OSError)):
        return None
    texts = [str(exc)]
    if isinstance(exc.__cause__, OSError):
        texts.append(str(exc.__cause__))
    for text in texts:
        old = _TOO_OLD.search(text)
        if old is not None:
            name = old["library"].rsplit("/", 1)[-1]
            return (f"this machine's {name} is older than zoneeditor needs (it lacks "
                    f"{old['version']}): update {_package(name)}")
        missing = _MISSING.search(text)
        if missing is not None:
            name = missing["library"]
            return (f"this machine lacks the library {name}, which zoneeditor takes from the "
                    f"system: install {_package(name)}")
    return None


def _package(library: str) -> str:
    """The package to install for ``library``: by name for Debian, Ubuntu and Fedora where
    ``PACKAGES`` knows it, else described by the library it provides."""
    known = PACKAGES.get(library)
    if known is None:
        return f"the package that provides {library}"
    debian, fedora = known
    return f"the package {debian} (Debian, Ubuntu) or {fedora} (Fedora)"
