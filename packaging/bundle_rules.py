"""What goes into the bundle: the pruning rules used by packaging/zoneeditor.spec.

PyInstaller's Qt hooks collect every plugin of every plugin type a Qt module may use, every Qt
translation, and then every shared library those plugins link to. For this editor that means
the GTK 3 platform theme (and with it GTK's whole stack of cairo, pango, gdk-pixbuf, ...),
EGL/KMS/VNC/linuxfb platforms, evdev input, network information and TLS back-ends for an app
that never touches the network, and 99 languages. The rules here keep what the editor uses:

* Qt plugins: the platforms it runs on (xcb and wayland for desktops, offscreen for tests and
  the self-test, windows/cocoa elsewhere), without OpenGL integrations (the editor paints with
  QPainter on Qt's raster back-end; QtOpenGL is left out, and Qt loads an integration only
  when a window asks for OpenGL, which none does), image formats png (built into QtGui),
  svg, jpeg and ico, the svg icon engine, print support, input contexts (compose and ibus:
  needed to type Arabic and Russian on Linux) and the desktop-portal theme (native file
  dialogs in sandboxes).
* Qt translations: only the languages the interface is translated to (Arabic, Russian), so
  Qt's own dialogs (file chooser, print dialog, message box buttons) match.
* Shared libraries (Linux): only those reachable through the ELF dependencies of what is kept
  (Python extension modules, kept plugins, the Python library). Whatever only a dropped plugin
  needed goes with it. Libraries loaded with dlopen are not seen by this walk: those of ours
  are named in ``DLOPENED`` and kept as roots (Qt loads libGL/libEGL that way too, and those
  come from the user's system by design). ``FROM_THE_SYSTEM`` names the libraries left to the
  user's system although something kept links them (libcups, the desktop's base: why is
  told there).

This file is plain Python with no PyInstaller import so its rules can be read and tested alone.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable

#: Interface languages shipped (besides English, which needs no translation file).
LANGUAGES = ("ar", "ru")

#: Qt plugin types kept, with the plugin name fragments kept inside each (None: all of them).
KEEP_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("xcb", "offscreen", "wayland", "windows", "cocoa"),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": None,
    "imageformats": ("svg", "jpeg", "ico"),
    "iconengines": ("svg",),
    "printsupport": None,
    "platforminputcontexts": None,
    "platformthemes": ("xdgdesktopportal",),
    "styles": None,  # the Windows "modern" style; nothing on Linux
}

#: Shared libraries that Python code loads with ctypes (dlopen), so no ELF dependency leads to
#: them: pypdfium2 loads libpdfium (PDF annex pages) from its own folder.
DLOPENED = ("libpdfium.so",)

#: Libraries left to the user's system (Linux), with what only they link. Two kinds:
#:
#: * The client side of a service that exists on a machine only together with its library.
#:   libcups talks to the machine's CUPS: every Linux desktop that can print has it
#:   (Debian's and Fedora's GTK 3 and Qt depend on it; cupsd does), where it matches the
#:   daemon and gets the distribution's security fixes, which a copy frozen into the bundle
#:   does not (packaging/stale_libraries.py found the build machine's libcups behind twice).
#:   PySide6's wheel itself links the system's: without it Qt's CUPS plugin does not load and
#:   printing goes to PDF files, as on a machine with no CUPS. Bundled, it brought GnuTLS and
#:   its stack (7.4 MB) that nothing else links.
#: * The desktop's base, which the process loads from the system anyway. Qt Gui links
#:   libGL, libEGL and libxcb, which PyInstaller never bundles (they belong to the machine's
#:   graphics drivers): where Qt Gui loads at all, the machine has its desktop libraries, and
#:   its libGL (libglvnd's GLX) links the machine's libX11. A frozen older copy of one of
#:   these shadows the machine's for every library of the machine loaded into the process
#:   (the GL drivers, input methods, libcups): a driver built against the machine's newer
#:   libstdc++ then fails to load ("GLIBCXX_3.4.32 not found"), and fontconfig must read the
#:   machine's own configuration and font caches, whose format follows its release. The
#:   line drawn is the one packagers already share: PEP 599's libraries a Linux wheel may
#:   assume (libstdc++, libgcc_s, libX11, GLib) and the AppImage project's excludelist,
#:   which adds fontconfig and FreeType; libX11-xcb goes with libX11 (built from the same
#:   source, it calls into libX11's internals, and the machine's GL drivers link it), and
#:   xkbcommon with fontconfig: it reads the machine's keyboard layouts (xkeyboard-config),
#:   whose syntax follows their release, and every desktop has it (GTK 3 and 4, Qt, the
#:   Wayland compositors link it). Its X11 part (libxkbcommon-x11) stays in the bundle, as
#:   the xcb utility libraries Qt 6 needs do: a GTK desktop need not have them.
#:   PySide6's wheel (manylinux_2_34) is built to run on the machine's own copies of all of
#:   them, as it does from PyPI; of the bundle's own builds only GDAL and numpy link one,
#:   libstdc++ of GCC 12 (GLIBCXX_3.4.30), which every system with the glibc the bundle
#:   needs (2.36: Debian 12, Ubuntu 23.04, Fedora 37 and newer) has. Left out: 7.2 MB (with
#:   PCRE2 and Brotli, which only GLib and FreeType link). A machine without one of them is
#:   told so in one sentence, with the package to install (zoneeditor/cli/
#:   system_libraries.py); the self-test checks that each is the machine's.
#:
#: Kept although on the AppImage list: libz and libexpat (0.3 MB: Python's zlib and
#: pyexpat, which the command line needs on a machine without a desktop too).
FROM_THE_SYSTEM = ("libcups.so.2",
                   "libstdc++.so.6", "libgcc_s.so.1",
                   "libglib-2.0.so.0", "libgthread-2.0.so.0",
                   "libX11.so.6", "libX11-xcb.so.1",
                   "libfontconfig.so.1", "libfreetype.so.6", "libxkbcommon.so.0")

#: PySide6 modules never wanted (none is used; some pull hundreds of MB when present).
EXCLUDED_MODULES = (
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtDBus",     # Python's binding of it (0.3 MB): no module imports it; Qt's own
                          # libQt6DBus stays (Qt Gui links it: portal, input methods)
    "PySide6.QtNetwork",  # the editor never touches the network...
    "_hashlib",           # ...hashlib falls back to its built-in sha256/md5/blake2 without
                          # _hashlib. (ssl stays: psycopg imports it before libpq starts.)
    "numpy.random",       # numpy loads these on first use only, and neither zoneeditor nor
    "numpy.fft",          # a library it uses does (tests/unit/test_bundle_shrink.py checks
                          # the product's code): 3 MB of extension modules
    "readline",           # line editing of the interactive interpreter (and with it
                          # libreadline and libtinfo); the app has no Python prompt
    "pydoc",              # help() texts and the documentation server
    "pydoc_data",
    "numpy.f2py",         # numpy's Fortran wrapper generator and its test tools, loaded on
    "numpy.testing",      # first use only (np.f2py, np.testing), which no module of the
                          # bundle makes outside test folders (tests/unit/
                          # test_bundle_shrink.py reads them)
    "unittest",           # numpy.testing's, and with it doctest and pdb (the debugger)
    "doctest",
    "pdb",
    "distutils",          # build tools (setuptools is out already)
    "xmlrpc",             # defusedxml's xmlrpc guard, which zoneeditor does not install
    "_pydecimal",         # decimal's fallback when _decimal (in the bundle) is missing
    "numpy._core._multiarray_tests",  # numpy's hook adds it for numpy's own tests
    "rasterio._example",  # rasterio's Cython example module
    "rasterio.fill",      # filling nodata holes (and its Cython _fill), which zoneeditor
    "rasterio._fill",     # never does
    "rasterio.shutil",    # copying and deleting datasets: zoneeditor writes no raster
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "matplotlib",
    "setuptools",
    "pkg_resources",
    "zoneeditor.testing",  # the testers' pytest plugin: needs pytest, never used by the app
)

_PLUGIN_DIR = re.compile(r"(?:^|[\\/])plugins[\\/]([^\\/]+)[\\/]([^\\/]+)$")
_TRANSLATION = re.compile(r"(?:^|[\\/])translations[\\/]([a-z]+)_([A-Za-z_]+)\.qm$")
_SHARED_LIB = re.compile(r"\.so(\.\d+)*$|\.dylib$|\.dll$", re.IGNORECASE)


def keep_plugin(dest: str) -> bool:
    """False for a Qt plugin file the editor does not use; True for anything else."""
    match = _PLUGIN_DIR.search(dest.replace("\\", "/"))
    if not match or "Qt" not in dest:
        return True
    kind, filename = match.groups()
    if kind not in KEEP_PLUGINS:
        return False
    wanted = KEEP_PLUGINS[kind]
    return wanted is None or any(w in filename.lower() for w in wanted)


def keep_translation(dest: str, languages: Iterable[str] = LANGUAGES) -> bool:
    """False for a Qt translation file of a language the editor is not translated to."""
    match = _TRANSLATION.search(dest.replace("\\", "/"))
    if not match:
        return True
    return match.group(2).split("_")[0] in set(languages)


def is_shared_library(dest: str) -> bool:
    """True for a plain shared library (not a Python extension module, not a Qt plugin)."""
    name = os.path.basename(dest)
    if ".cpython-" in name or ".abi3." in name or name.endswith(".pyd"):
        return False
    if _PLUGIN_DIR.search(dest.replace("\\", "/")):
        return False
    return bool(_SHARED_LIB.search(name))


def reachable_libraries(roots: Iterable[str], needed: Callable[[str], Iterable[str]],
                        by_name: dict[str, list[str]]) -> set[str]:
    """Source paths of libraries reachable from ``roots`` through ``needed`` (by base name).

    ``needed(src)`` lists the library names a binary links to; ``by_name`` maps a base name
    to the collected sources of that name.
    """
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        src = todo.pop()
        for name in needed(src):
            for lib in by_name.get(os.path.basename(name), ()):
                if lib not in seen:
                    seen.add(lib)
                    todo.append(lib)
    return seen


def prune(binaries: list, datas: list, needed: Callable[[str], Iterable[str]] | None,
          log: Callable[[str], None] = print) -> tuple[list, list]:
    """Apply the rules to PyInstaller's (dest, src, typecode) lists; returns the kept ones.

    ``needed`` is the dependency reader for the library walk (None skips the walk, as on
    Windows and macOS where PyInstaller's own analysis is already close to minimal).
    """
    before = len(binaries) + len(datas)
    binaries = [e for e in binaries if keep_plugin(e[0])]
    datas = [e for e in datas if keep_plugin(e[0]) and keep_translation(e[0])]
    system = {os.path.basename(e[0]) for e in binaries} & set(FROM_THE_SYSTEM)
    if system:
        log(f"bundle_rules: left to the user's system: {', '.join(sorted(system))}")
        binaries = [e for e in binaries if os.path.basename(e[0]) not in system]
    if needed is not None:
        libs = [e for e in binaries if is_shared_library(e[0]) and e[2] != "SYMLINK"]
        by_name: dict[str, list[str]] = {}
        for dest, src, _ in libs:
            by_name.setdefault(os.path.basename(dest), []).append(src)
            by_name.setdefault(os.path.basename(src), []).append(src)
        roots = [src for dest, src, _ in binaries if not is_shared_library(dest)]
        # libpython is loaded by the bootloader, not linked by anything we keep.
        roots += [src for dest, src, _ in libs if os.path.basename(dest).startswith("libpython")
                  or os.path.basename(dest) in DLOPENED]
        keep = reachable_libraries(roots, needed, by_name) | set(roots)
        dropped = sorted({os.path.basename(d) for d, s, _ in libs if s not in keep})
        if dropped:
            log(f"bundle_rules: dropping {len(dropped)} unreachable libraries: "
                + ", ".join(dropped))
        binaries = [e for e in binaries
                    if not is_shared_library(e[0]) or e[2] == "SYMLINK" or e[1] in keep]
        # A symbolic link (e.g. libicudata.so.73 -> PySide6/Qt/lib/...) goes with its target.
        kept_dests = {os.path.normpath(e[0]) for e in binaries if e[2] != "SYMLINK"}
        binaries = [e for e in binaries if e[2] != "SYMLINK" or os.path.normpath(
            os.path.join(os.path.dirname(e[0]), e[1])) in kept_dests]
    log(f"bundle_rules: kept {len(binaries) + len(datas)} of {before} files")
    return binaries, datas
