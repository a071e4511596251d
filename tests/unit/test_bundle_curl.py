"""The curl built for the bundle's PROJ (packaging/slim_curl.py): only a curl of this release,
on OpenSSL 3, with the protocols PROJ uses and no other library, not older than the wheel's,
is accepted; the build and CI scripts call it where they must."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import slim_curl  # noqa: E402
from bundle_shrink import elf_needed  # noqa: E402

GOOD = {"version": slim_curl.CURL_VERSION, "ssl": "OpenSSL/3.0.19",
        "protocols": ["file", "http", "https"]}
LINKS = ["libssl.so.3", "libcrypto.so.3", "libz.so.1", "libc.so.6"]


def test_a_curl_of_this_release_on_openssl_3_with_http_https_and_file_is_accepted():
    assert slim_curl.problems(Path("libcurl.so.4.8.0"), LINKS, GOOD, (8, 6, 0)) == ""
    # a wheel's curl of the same release is no reason to refuse
    release = tuple(int(n) for n in slim_curl.CURL_VERSION.split("."))
    assert slim_curl.problems(Path("libcurl.so.4.8.0"), LINKS, GOOD, release) == ""


@pytest.mark.parametrize(("needed", "found", "wheel", "problem"), [
    ([*LINKS, "libnghttp2.so.14"], GOOD, (), "it links libnghttp2.so.14"),
    (LINKS, {**GOOD, "version": "7.88.1"}, (), "it reports curl 7.88.1"),
    (LINKS, {**GOOD, "ssl": "GnuTLS/3.7.9"}, (), "its TLS is GnuTLS/3.7.9"),
    (LINKS, {**GOOD, "ssl": ""}, (), "its TLS is none"),
    (LINKS, {**GOOD, "protocols": ["http"]}, (), "it lacks file, https"),
    (LINKS, GOOD, (99, 0, 0), "pyproj's wheel has the newer curl 99.0.0"),
])
def test_each_defect_of_a_built_curl_is_named(needed, found, wheel, problem):
    assert slim_curl.problems(Path("libcurl.so.4.8.0"), needed, found, wheel) == (
        f"libcurl.so.4.8.0: {problem}")


def test_a_curl_naming_a_folder_of_the_build_machine_is_refused():
    assert slim_curl.problems(Path("libcurl.so.4.8.0"), LINKS, GOOD, (),
                              ["/root/.cache/zoneeditor-build/lib"]) == (
        "libcurl.so.4.8.0: it names the folders /root/.cache/zoneeditor-build/lib to search")


def test_the_release_is_read_from_the_librarys_version_text(tmp_path):
    library = tmp_path / "libcurl-8b9c369e.so.4.8.0"
    library.write_bytes(b"\x7fELF\0\0junk\0libcurl/8.6.0\0OpenSSL/3.2.1\0")
    assert slim_curl.release_in(library) == (8, 6, 0)
    library.write_bytes(b"\x7fELF\0\0no version here\0")
    assert slim_curl.release_in(library) == ()


def test_the_cache_folder_changes_with_the_options(monkeypatch, tmp_path):
    before = slim_curl.build_folder(tmp_path)
    assert before.name.startswith(f"curl-{slim_curl.CURL_VERSION}-")
    assert slim_curl.build_folder(tmp_path) == before
    monkeypatch.setattr(slim_curl, "CONFIGURE_OPTIONS",
                        (*slim_curl.CONFIGURE_OPTIONS, "--with-nghttp2"))
    assert slim_curl.build_folder(tmp_path) != before


@pytest.mark.skipif(not shutil.which("readelf"), reason="needs readelf (binutils)")
def test_the_probe_and_the_checks_read_a_real_curl_the_wheel_of_pyproj_ships():
    """The probe loads a curl library in a child and reads ``curl_version_info``; pyproj's
    own wheel's curl (the one the bundle's replaces) is one to read, and it is refused."""
    theirs = slim_curl.wheel_curl()
    if theirs is None:
        pytest.skip("this environment's pyproj links no curl of its own")
    found = slim_curl.probe(theirs)
    release = slim_curl.release_in(theirs)
    assert found["version"] == ".".join(map(str, release))
    assert found["ssl"].startswith("OpenSSL/")
    assert {"http", "https"} <= set(found["protocols"])
    problem = slim_curl.problems(theirs, elf_needed(str(theirs)), found, release)
    assert "nghttp2" in problem  # HTTP/2: a library the bundle's curl does without


def test_build_script_builds_curl_and_dbus_before_pyinstaller_and_hands_them_to_the_spec():
    text = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    # the commands themselves, not the comments that name the scripts
    build = text.index("for script in slim_curl.py slim_dbus.py; do")
    assert build < text.index('"$ROOT/packaging/$script"') < text.index(
        "-m PyInstaller --noconfirm")
    assert 'ZE_BUILT_LIBRARIES="$BUILT_LIBRARIES"' in text
    subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], check=True)
    spec = (PACKAGING / "zoneeditor.spec").read_text(encoding="utf-8")
    # they replace the machine's copies before the pruning, and the one nothing collected
    # joins its family before the families are shared
    assert spec.index("put_built_libraries(") < spec.index("bundle_rules.prune(")
    assert spec.index("a.binaries += [(_name, _path, \"BINARY\")") < spec.index(
        "bundle_shrink.share_libraries(")


def test_ci_installs_what_the_curl_build_needs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for package in ("libssl-dev", "make", "zlib1g-dev", "gcc"):
        assert f" {package} " in ci or f" {package}\n" in ci, package
