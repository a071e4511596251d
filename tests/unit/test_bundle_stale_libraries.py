"""The build's check for the machine's libraries in the bundle that have newer releases in the
machine's archive (packaging/stale_libraries.py): apt's answers are read right, a library is
traced to a package only when it is that package's file, and build.sh runs it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import stale_libraries  # noqa: E402

POLICY = """libcups2:
  Installed: 2.4.2-3+deb12u8
  Candidate: 2.4.2-3+deb12u10
  Version table:
     2.4.2-3+deb12u10 500
        500 http://deb.debian.org/debian-security bookworm-security/main amd64 Packages
 *** 2.4.2-3+deb12u8 100
        100 /var/lib/dpkg/status
libz-custom:
  Installed: (none)
  Candidate: 1.2
zlib1g:
  Installed: 1:1.2.13.dfsg-1
  Candidate: 1:1.2.13.dfsg-1
"""
needs_dpkg = pytest.mark.skipif(not (shutil.which("dpkg") and shutil.which("readelf")),
                                reason="needs dpkg (Debian) and readelf (binutils)")


def test_apt_cache_policy_is_read_per_package():
    assert stale_libraries.policies(POLICY) == {
        "libcups2": ("2.4.2-3+deb12u8", "2.4.2-3+deb12u10"),
        "libz-custom": ("(none)", "1.2"),
        "zlib1g": ("1:1.2.13.dfsg-1", "1:1.2.13.dfsg-1"),
    }


@needs_dpkg
def test_only_a_package_with_a_newer_candidate_is_stale():
    found = {"libcups2": ["libcups.so.2"], "libz-custom": ["libz.so.1"],
             "zlib1g": ["libz.so.1"]}
    out = stale_libraries.stale(found, stale_libraries.policies(POLICY))
    assert out == [stale_libraries.Stale("libcups2", "2.4.2-3+deb12u8", "2.4.2-3+deb12u10",
                                         ("libcups.so.2",))]
    assert out[0].sentence() == ("libcups2 2.4.2-3+deb12u8 is installed, the archive has "
                                 "2.4.2-3+deb12u10 (libcups.so.2 in the bundle)")
    # deb12u10 sorts after deb12u8 the way dpkg sorts, not as text ("1" < "8")
    assert stale_libraries.newer("2.4.2-3+deb12u10", "2.4.2-3+deb12u8")
    assert not stale_libraries.newer("1:1.2.13.dfsg-1", "1:1.2.13.dfsg-1")


@needs_dpkg
def test_a_library_is_the_packages_only_when_it_is_its_file(tmp_path):
    # zlib's library as the machine's package installed it, stripped as the bundle strips
    # it, counts for zlib1g; a library of the same name built here does not
    import ctypes.util

    system = Path(ctypes.util.find_library("z") or "libz.so.1")  # its SONAME, as ldconfig has it
    listed = subprocess.run(["dpkg", "-S", f"*/{system.name}"], capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip("zlib is not a package of this machine")
    path = listed.stdout.split(": ", 1)[1].splitlines()[0].strip()
    bundle = tmp_path / "bundle" / "_internal"
    bundle.mkdir(parents=True)
    shutil.copy(path, bundle / system.name)
    subprocess.run(["strip", "--strip-unneeded", str(bundle / system.name)], check=True)
    (bundle / "libother.so.1").symlink_to("pyproj.libs/libother-0123abcd.so.1")
    (bundle / "pyproj.libs").mkdir()
    (bundle / "pyproj.libs" / "libother-0123abcd.so.1").write_bytes(b"\x7fELF")
    found = stale_libraries.machine_libraries(tmp_path / "bundle")
    assert set(found) == {system.name}  # the wheel's library linked at the top is not
    owners = stale_libraries.owners(found)
    assert any(system.name in names for names in owners.values()), owners

    fake = tmp_path / "fake" / "_internal"
    fake.mkdir(parents=True)
    subprocess.run(["gcc", "-shared", "-fPIC", f"-Wl,-soname,{system.name}", "-o",
                    str(fake / system.name), "-x", "c", "-"], input=b"int f(void){return 0;}",
                   check=True, capture_output=True)
    assert stale_libraries.owners(stale_libraries.machine_libraries(tmp_path / "fake")) == {}


def test_build_script_checks_the_bundle_after_building_it():
    text = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    check = text.index('"$ROOT/packaging/stale_libraries.py" "$ROOT/dist/zoneeditor"')
    assert text.index("-m PyInstaller --noconfirm") < check
    assert "ZE_RELEASE" in text
    subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], check=True)
