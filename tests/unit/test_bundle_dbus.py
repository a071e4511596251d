"""D-Bus's library built for the bundle without systemd (packaging/slim_dbus.py): only a library
of this release that links nothing but the C library, built for a machine whose own libdbus
is the same release, is accepted."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import slim_dbus  # noqa: E402

LIBRARY = Path(slim_dbus.LIBRARY)
V = slim_dbus.DBUS_VERSION


def test_a_library_of_this_release_linking_only_the_c_library_is_accepted():
    assert slim_dbus.problems(LIBRARY, ["libc.so.6"], V, V) == ""


@pytest.mark.parametrize(("needed", "version", "machines", "problem"), [
    (["libc.so.6", "libsystemd.so.0"], V, V, "it links libsystemd.so.0"),
    (["libc.so.6"], "1.14.8", V, "it reports D-Bus 1.14.8"),
    (["libc.so.6"], V, "1.16.0", "the build machine's libdbus-1.so.3, which Qt was collected "
                                 "with, is D-Bus 1.16.0"),
])
def test_each_defect_is_named(needed, version, machines, problem):
    assert slim_dbus.problems(LIBRARY, needed, version, machines) == (
        f"{LIBRARY.name}: {problem}")


def test_the_options_leave_systemd_and_the_security_modules_out_but_keep_debians_paths():
    options = slim_dbus.CONFIGURE_OPTIONS
    for off in ("systemd", "selinux", "apparmor", "libaudit"):
        assert f"--disable-{off}" in options
    # the same system bus and machine id as the machine's library (Debian's paths)
    assert "--with-system-socket=/run/dbus/system_bus_socket" in options
    assert "--localstatedir=/var" in options and "--sysconfdir=/etc" in options
    # argument checks and statistics stay: without them the library exports fewer symbols
    assert not any(o in options for o in ("--disable-checks", "--disable-stats"))


def test_the_probe_reads_the_release_of_the_machines_library():
    """Qt's D-Bus module links the machine's libdbus, so the test machine has one to read."""
    version = slim_dbus.version_of(slim_dbus.SONAME)
    assert version.count(".") == 2 and all(p.isdigit() for p in version.split("."))


def test_the_cache_folder_changes_with_the_options(monkeypatch, tmp_path):
    before = slim_dbus.build_folder(tmp_path)
    assert before.name.startswith(f"dbus-{V}-")
    monkeypatch.setattr(slim_dbus, "CONFIGURE_OPTIONS",
                        (*slim_dbus.CONFIGURE_OPTIONS, "--enable-systemd"))
    assert slim_dbus.build_folder(tmp_path) != before
