"""Libraries the bundle leaves to the user's system (packaging/bundle_rules.py,
``FROM_THE_SYSTEM``): libcups is not frozen into the bundle, and what only it linked (GnuTLS's
stack) goes with it, while a library something else kept also links stays."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))

import bundle_rules  # noqa: E402
import bundle_shrink  # noqa: E402
from support.elf_fakes import cc, folders, needs_binutils  # noqa: E402


@needs_binutils
def test_libcups_is_left_to_the_system_with_what_only_it_links(tmp_path):
    # As on Debian: Qt's CUPS print plugin links libcups.so.2, which links a TLS library
    # (GnuTLS) and libffi (through p11-kit), which Python's _ctypes links too.
    (machine,) = folders(tmp_path, "machine")
    ffi = cc(machine, "libffi.so.8", "int ffi_fn(void) { return 1; }")
    tls = cc(machine, "libgnutls.so.30", "int ffi_fn(void); int tls_fn(void) { return ffi_fn(); }",
             "-l:libffi.so.8")
    cups = cc(machine, "libcups.so.2", "int tls_fn(void); int cups_fn(void) { return tls_fn(); }",
              "-l:libgnutls.so.30")
    plugin = cc(machine, "libcupsprintersupport.so",
                "int cups_fn(void); int p(void) { return cups_fn(); }", "-l:libcups.so.2")
    ctypes_module = cc(machine, "_ctypes.cpython-311-x86_64-linux-gnu.so",
                       "int ffi_fn(void); int m(void) { return ffi_fn(); }", "-l:libffi.so.8")
    plugin_dest = "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"
    ctypes_dest = "python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so"
    binaries = [("libffi.so.8", ffi, "BINARY"), ("libgnutls.so.30", tls, "BINARY"),
                ("libcups.so.2", cups, "BINARY"), (plugin_dest, plugin, "BINARY"),
                (ctypes_dest, ctypes_module, "EXTENSION")]
    lines: list[str] = []

    kept, _ = bundle_rules.prune(list(binaries), [], needed=bundle_shrink.elf_needed,
                                 log=lines.append)

    assert {dest for dest, _, _ in kept} == {"libffi.so.8", plugin_dest, ctypes_dest}
    assert "bundle_rules: left to the user's system: libcups.so.2" in lines
    assert any("unreachable" in line and "libgnutls.so.30" in line for line in lines)


def test_without_the_walk_libcups_is_still_left_to_the_system():
    # No readelf (no walk): what only libcups linked stays, but libcups itself never goes in,
    # so the bundle never carries a CUPS client older than the machine's.
    binaries = [("libcups.so.2", "/m/libcups.so.2", "BINARY"),
                ("libgnutls.so.30", "/m/libgnutls.so.30", "BINARY")]
    kept, _ = bundle_rules.prune(list(binaries), [], needed=None, log=lambda _line: None)
    assert kept == [("libgnutls.so.30", "/m/libgnutls.so.30", "BINARY")]


def test_only_service_clients_and_the_desktop_s_base_are_left_to_the_system():
    # Two kinds, each argued in bundle_rules.py: a service's client (libcups), and the
    # desktop's base that packagers already leave to the machine (PEP 599's libraries a
    # wheel may assume, the AppImage excludelist's fontconfig and FreeType, xkbcommon). A
    # library the command line needs on a machine without a desktop (libz, libexpat, SQLite,
    # D-Bus, the X11 libraries Qt 6 needs and a GTK desktop lacks) stays in the
    # bundle. A library added here must be argued for there, and this test changed with it.
    pep_599 = {"libstdc++.so.6", "libgcc_s.so.1", "libX11.so.6", "libglib-2.0.so.0",
               "libgthread-2.0.so.0"}
    appimage_excludelist = {"libfontconfig.so.1", "libfreetype.so.6"}
    with_libx11 = {"libX11-xcb.so.1"}  # libX11's own part, calling into its internals
    machine_data = {"libxkbcommon.so.0"}  # reads the machine's keyboard layouts
    assert set(bundle_rules.FROM_THE_SYSTEM) == {"libcups.so.2"} | pep_599 | \
        appimage_excludelist | with_libx11 | machine_data
    for kept in ("libz.so.1", "libexpat.so.1", "libsqlite3.so.0", "libdbus-1.so.3",
                 "libxkbcommon-x11.so.0", "libxcb-cursor.so.0", "libpython3.11.so.1.0"):
        assert kept not in bundle_rules.FROM_THE_SYSTEM


def test_the_self_test_checks_the_same_libraries_the_bundle_leaves_out():
    from zoneeditor.cli import system_libraries

    assert system_libraries.FROM_THE_SYSTEM == bundle_rules.FROM_THE_SYSTEM
    # and the user is told which package to install for each of them
    assert set(bundle_rules.FROM_THE_SYSTEM) <= set(system_libraries.PACKAGES)
