"""D-Bus's library built for the bundle without systemd (packaging/slim_dbus.py): only a library
of this release that links nothing but the C library is accepted, and it is built only for a
machine whose own libdbus is the same release."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import slim_dbus  # noqa: E402

LIBRARY = Path(slim_dbus.LIBRARY)
V = slim_dbus.DBUS_VERSION


def test_a_library_of_this_release_linking_only_the_c_library_is_accepted():
    assert slim_dbus.problems(LIBRARY, ["libc.so.6"], V) == ""


@pytest.mark.parametrize(("needed", "version", "search", "problem"), [
    (["libc.so.6", "libsystemd.so.0"], V, (), "it links libsystemd.so.0"),
    (["libc.so.6"], "1.14.8", (), "it reports D-Bus 1.14.8"),
    (["libc.so.6"], "", (), "it reports D-Bus nothing (it does not load)"),
    (["libc.so.6"], V, ("/home/builder/cache/lib",),
     "it names the folders /home/builder/cache/lib to search"),
])
def test_each_defect_is_named(needed, version, search, problem):
    assert slim_dbus.problems(LIBRARY, needed, version, search) == f"{LIBRARY.name}: {problem}"


def test_a_machine_with_another_dbus_ships_its_own_and_builds_nothing(monkeypatch, tmp_path,
                                                                      capsys):
    if not shutil.which("readelf"):
        pytest.skip("needs readelf (binutils)")
    monkeypatch.setattr(slim_dbus, "version_of", lambda library: "1.16.2")
    assert slim_dbus.main(["--cache", str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert out.out == "\n"  # build.sh reads an empty last line: nothing to put in
    assert "is D-Bus 1.16.2, not D-Bus" in out.err
    assert not any(tmp_path.iterdir())  # nothing was built


def test_the_options_leave_systemd_and_the_security_modules_out_but_keep_debians_paths():
    options = slim_dbus.CONFIGURE_OPTIONS
    for off in ("systemd", "selinux", "apparmor", "libaudit"):
        assert f"--disable-{off}" in options
    # the same system bus and machine id as the machine's library (Debian's paths)
    assert "--with-system-socket=/run/dbus/system_bus_socket" in options
    assert "--localstatedir=/var" in options and "--sysconfdir=/etc" in options
    # argument checks and statistics stay: without them the library exports fewer symbols
    assert not any(o in options for o in ("--disable-checks", "--disable-stats"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="libdbus is Linux's")
def test_the_probe_reads_the_release_of_the_machines_library_and_nothing_of_no_library():
    """Qt's D-Bus module links the machine's libdbus, so a Linux test machine has one."""
    version = slim_dbus.version_of(slim_dbus.SONAME)
    assert version.count(".") == 2 and all(p.isdigit() for p in version.split("."))
    assert slim_dbus.version_of("libdbus-no-such-library.so.9") == ""


def test_the_cache_folder_changes_with_the_options(monkeypatch, tmp_path):
    before = slim_dbus.build_folder(tmp_path)
    assert before.name.startswith(f"dbus-{V}-")
    monkeypatch.setattr(slim_dbus, "CONFIGURE_OPTIONS",
                        (*slim_dbus.CONFIGURE_OPTIONS, "--enable-systemd"))
    assert slim_dbus.build_folder(tmp_path) != before
