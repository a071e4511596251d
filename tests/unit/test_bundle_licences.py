"""The bundle's licence folder (packaging/licences.py): every file the spec keeps is traced to
the Python distribution, built library, Python runtime or machine package it came from, and
that one's licence texts are copied once each, with an index that names what has none."""

from __future__ import annotations

import os
import shutil
import sys
from importlib.metadata import PathDistribution, distribution
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))

import debian_packages  # noqa: E402
import licences  # noqa: E402

#: MIT's text, as a wheel's licence file would hold it.
MIT = "Permission is hereby granted, free of charge, to any person obtaining a copy\n"


def _wheel(site: Path, name: str, files: dict[str, str], metadata: str = "") -> PathDistribution:
    """A distribution installed in ``site``: ``files`` (path -> content) and its RECORD."""
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.4\nName: {name}\nVersion: 1.0\n"
                                   + metadata)
    for path, content in files.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(content)
    record = [*files, f"{info.name}/METADATA", f"{info.name}/RECORD"]
    (info / "RECORD").write_text("".join(f"{p},,\n" for p in record))
    return PathDistribution(info)


def test_a_wheel_s_licence_files_and_the_files_it_installed_are_found(tmp_path):
    dist = _wheel(tmp_path, "geo", {"geo/__init__.py": "", "geo/_ext.so": "elf",
                                    "geo-1.0.dist-info/licenses/LICENSE.txt": MIT,
                                    "geo-1.0.dist-info/licenses/vendor/NOTICE": "vendored\n"},
                  "License-Expression: MIT\n")
    owners = licences.python_owners([dist])
    components = licences.trace([("geo/_ext.so", str(tmp_path / "geo" / "_ext.so"))], owners,
                                machine=lambda _files: {})
    geo = components["python/geo-1.0"]
    assert geo.licence == "MIT"
    assert [p.name for p in geo.texts] == ["LICENSE.txt", "NOTICE"]
    assert geo.covers == {"geo/_ext.so"}


def test_a_wheel_without_texts_gets_the_text_of_the_licence_it_names_first(tmp_path):
    # PySide6's wheels ship no licence file, only "LGPL-3.0-only OR GPL-2.0-only OR ...":
    # the LGPL 3 is chosen, which adds to the GPL 3, so both texts go with it.
    dist = _wheel(tmp_path, "qtlike", {"qtlike/lib/libQtCore.so.6": "elf"},
                  "License-Expression: LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only\n")
    components = licences.trace(
        [("qtlike/lib/libQtCore.so.6", str(tmp_path / "qtlike/lib/libQtCore.so.6"))],
        licences.python_owners([dist]), machine=lambda _files: {})
    texts = components["python/qtlike-1.0"].texts
    assert [p.name for p in texts] == ["LGPL-3.0-only.txt", "GPL-3.0-only.txt"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in texts[0].read_text()
    assert "Version 3, 29 June 2007" in texts[1].read_text()


def test_a_library_a_wheel_carries_is_its_own_component(tmp_path):
    dist = _wheel(tmp_path, "pg", {"pg.libs/libcrypto-3a0647ea.so.3": "elf", "pg/m.so": "elf"},
                  "License-Expression: LGPL-3.0-only\n")
    asked = []

    def same_library(name: str) -> tuple[str, bool]:
        asked.append(os.path.basename(name))
        return "no-such-package", True

    components = licences.trace(
        [("pg.libs/libcrypto-3a0647ea.so.3", str(tmp_path / "pg.libs/libcrypto-3a0647ea.so.3")),
         ("pg/m.so", str(tmp_path / "pg/m.so"))],
        licences.python_owners([dist]), machine=lambda _files: {}, same_library=same_library)
    crypto = components["wheel-libraries/pg/libcrypto.so.3"]
    assert asked == ["libcrypto-3a0647ea.so.3"]
    # That package has no copyright file here: the wheel's own licence texts stand in
    # (shapely's wheel ships GEOS's licence beside its own, pyproj's PROJ's).
    assert "wheel of pg 1.0" in crypto.origin
    assert crypto.stand_in == "its own licence text was not found: the wheel's stands in"
    assert crypto.texts == components["python/pg-1.0"].texts
    assert [p.name for p in crypto.texts] == ["LGPL-3.0-only.txt", "GPL-3.0-only.txt"]
    assert components["python/pg-1.0"].covers == {"pg/m.so"}


def test_a_library_built_for_the_bundle_takes_its_release_s_licence(tmp_path):
    prefix = tmp_path / "cache" / "gdal-3.10.3-ce981b6fc3" / "prefix"
    (prefix / "lib").mkdir(parents=True)
    (prefix / "lib" / "libgdal.so.36").write_text("elf")
    (prefix / "share" / "gdal").mkdir(parents=True)
    (prefix / "share" / "gdal" / "LICENSE.TXT").write_text(MIT)
    (prefix / "share" / "gdal" / "gdalicon.png").write_text("png")
    components = licences.trace([("libgdal.so.36", str(prefix / "lib" / "libgdal.so.36"))],
                                {}, machine=lambda _files: {})
    gdal = components["built/gdal-3.10.3"]
    assert gdal.title == "gdal 3.10.3" and [p.name for p in gdal.texts] == ["LICENSE.TXT"]
    # A build that put its licence into share/licences (build_deps.autotools_library) is read
    # from there.
    curl = tmp_path / "cache" / "curl-8.14.1-2d7fdc803c" / "prefix"
    (curl / "lib").mkdir(parents=True)
    (curl / "lib" / "libcurl.so.4.8.0").write_text("elf")
    (curl / "share" / "licences").mkdir(parents=True)
    (curl / "share" / "licences" / "COPYING").write_text(MIT)
    components = licences.trace([("libcurl.so.4", str(curl / "lib" / "libcurl.so.4.8.0"))], {},
                                machine=lambda _files: {})
    assert [p.name for p in components["built/curl-8.14.1"].texts] == ["COPYING"]


@pytest.mark.skipif(not licences.python_runtime_texts(),
                    reason="this Python has no LICENSE.txt beside its standard library")
def test_python_s_own_modules_take_python_s_licence():
    components = licences.trace([("os.pyc", os.__file__)], {}, machine=lambda _files: {})
    assert components["python"].texts[0].name == "LICENSE.txt"
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in components["python"].texts[0].read_text()


def test_the_machine_s_packages_by_source_and_what_no_one_owns(tmp_path):
    # Kerberos's libraries come from four Debian packages of one source, with one copyright
    # file: one part, one text.
    for name in ("libkrb5.so.3", "libk5crypto.so.3", "stray.so"):
        (tmp_path / name).write_text("elf")
    seen = {}

    def machine(files: dict[str, str]) -> dict[str, list[str]]:
        seen.update(files)
        return {"libkrb5-3": ["libkrb5.so.3"], "libk5crypto3": ["libk5crypto.so.3"]}

    components = licences.trace(
        [(name, str(tmp_path / name)) for name in ("libkrb5.so.3", "libk5crypto.so.3",
                                                   "stray.so")], {},
        machine=machine, source_of=lambda package: "krb5")
    assert set(seen) == {"libkrb5.so.3", "libk5crypto.so.3", "stray.so"}
    krb5 = components["debian/krb5"]
    assert krb5.covers == {"libkrb5.so.3", "libk5crypto.so.3"}
    assert krb5.title == "krb5 (libk5crypto3, libkrb5-3)"
    assert components["unknown"].covers == {"stray.so"} and components["unknown"].texts == []


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs dpkg (Debian)")
def test_a_package_s_source_is_read_from_dpkg():
    assert debian_packages.source_package("zlib1g") == "zlib"
    assert debian_packages.source_package("no-such-package-here") == "no-such-package-here"


def test_each_part_s_texts_go_into_its_folder_and_the_index_names_what_has_none(tmp_path):
    shared = tmp_path / "copyright"
    shared.write_text(MIT)  # the same text for two parts (xcb's libraries share one)
    info = tmp_path / "numpy-2.4.6.dist-info" / "licenses"
    (info / "vendored").mkdir(parents=True)
    (info / "LICENSE.txt").write_text(MIT)
    (info / "vendored" / "LICENSE.txt").write_text("another licence\n")
    components = {
        "debian/libxcb-shape0": licences.Component(
            "debian/libxcb-shape0", "libxcb-shape0", "a package", "", [shared],
            {"libxcb-shape.so.0"}),
        "debian/libxcb-shm0": licences.Component(
            "debian/libxcb-shm0", "libxcb-shm0", "a package", "", [shared], {"libxcb-shm.so.0"}),
        "python/numpy-2.4.6": licences.Component(
            "python/numpy-2.4.6", "numpy 2.4.6", "a Python distribution", "BSD-3-Clause",
            [info / "LICENSE.txt", info / "vendored" / "LICENSE.txt"], {"numpy"}),
        "unknown": licences.Component("unknown", "files of unknown origin", "nowhere",
                                      covers={"stray.so"}),
    }
    out = tmp_path / "licences"
    entries = licences.write(components, out, "HEAD\n\n")
    assert [dest for dest, _, _ in entries] == [
        "licences/debian/libxcb-shape0/copyright", "licences/debian/libxcb-shm0/copyright",
        "licences/python/numpy-2.4.6/LICENSE.txt",
        "licences/python/numpy-2.4.6/vendored/LICENSE.txt", "licences/README.txt"]
    assert (out / "python/numpy-2.4.6/vendored/LICENSE.txt").read_text() == "another licence\n"
    index = (out / "README.txt").read_text()
    assert index.startswith("HEAD\n\nlibxcb-shape0\n")
    assert "texts: debian/libxcb-shm0/copyright" in index
    assert ("texts: python/numpy-2.4.6/LICENSE.txt, python/numpy-2.4.6/vendored/LICENSE.txt"
            in index)
    assert "files of unknown origin" in index and "NONE FOUND" in index
    assert index.index("numpy 2.4.6") < index.index("files of unknown origin")


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg (Debian)")
def test_a_wheel_s_copy_of_a_library_is_matched_to_the_package_of_its_family():
    # auditwheel's tag and release go; the SONAME family is looked up among dpkg's files,
    # then the library's stem (Debian's OpenLDAP names its file libldap-2.5.so.0).
    assert debian_packages.same_library_package("libz-1e0c8a3b.so.1.3.1") == ("zlib1g", True)
    assert debian_packages.same_library_package("libnothing-0badcafe.so.9") == ("", False)
    if Path("/usr/share/doc/libldap-2.5-0").is_dir():
        assert debian_packages.same_library_package("libldap-fb847fea.so.2.0.200") == (
            "libldap-2.5-0", False)


def test_the_build_environment_s_qt_wheel_is_given_the_lgpl():
    # The wheels the bundle is built from, as installed here: PySide6's names its licence in
    # the older free-text field and ships no text; Qt's library gets the LGPL 3 and GPL 3.
    dist = distribution("PySide6_Essentials")
    core = next(str(dist.locate_file(f)) for f in dist.files or ()
                if Path(str(f)).name.startswith("libQt6Core.so"))
    components = licences.trace([("PySide6/Qt/lib/libQt6Core.so.6", core)],
                                licences.python_owners([dist]), machine=lambda _files: {})
    (qt,) = components.values()
    assert qt.title.startswith("PySide6_Essentials 6.") and qt.licence.startswith("LGPL-3.0")
    assert [p.name for p in qt.texts] == ["LGPL-3.0-only.txt", "GPL-3.0-only.txt"]


def test_the_spec_traces_licences_after_the_sharing_and_before_the_stripping():
    # Traced after the pruning and sharing (only what the bundle keeps), before the ICU cut
    # and the stripping, which replace sources by copies in the build folder.
    spec = (PACKAGING / "zoneeditor.spec").read_text()
    at = spec.index("licences.gather(")
    assert spec.index("bundle_rules.prune(") < spec.index("share_libraries(") < at
    assert at < spec.index("icu_trim.trimmed_library(") < spec.index("strip_binaries(")
    assert at < spec.index("proj_db.without_planets(")  # the database traced as pyproj's


def test_without_dpkg_the_machine_s_files_are_of_unknown_origin(tmp_path, monkeypatch):
    # Windows, macOS, Fedora: no dpkg to ask; the build goes on and says what it could not
    # trace (it must not stop on a missing dpkg).
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    lib = tmp_path / "libz.so.1"
    lib.write_text("elf")
    assert debian_packages.machine_packages({"libz.so.1": str(lib)}) == {}
    assert debian_packages.same_library_package("libz-1e0c8a3b.so.1") == ("", False)
    lines: list[str] = []
    result = licences.gather([("libz.so.1", str(lib), "BINARY")], tmp_path / "out",
                             log=lines.append)
    assert any("traced to no distribution, build or package: libz.so.1" in ln for ln in lines)
    assert any("no licence text found" in ln and "files of unknown origin" in ln
               for ln in lines)
    assert result[-1][0] == "licences/README.txt"
    assert "NONE FOUND" in (tmp_path / "out" / "README.txt").read_text()


def test_a_python_whose_base_is_usr_claims_only_its_own_folders(tmp_path, monkeypatch):
    # Debian's own Python has /usr for its base: its standard library and libpython are
    # Python's, the system's libraries beside them are not.
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    (tmp_path / "lib" / version).mkdir(parents=True)
    (tmp_path / "lib" / "x86_64-linux-gnu").mkdir(parents=True)
    stdlib = tmp_path / "lib" / version / "os.py"
    libz = tmp_path / "lib" / "x86_64-linux-gnu" / "libz.so.1"
    libpython = tmp_path / "lib" / "x86_64-linux-gnu" / "libpython3.11.so.1.0"
    runtime = tmp_path / "vcruntime140.dll"  # Windows: the C runtime beside python311.dll
    for path in (stdlib, libz, libpython, runtime):
        path.write_text("x")
    monkeypatch.setattr(sys, "base_prefix", str(tmp_path))
    components = licences.trace([("os", str(stdlib)), ("libz.so.1", str(libz)),
                                 ("libpython3.11.so.1.0", str(libpython)),
                                 ("vcruntime140.dll", str(runtime))], {},
                                machine=lambda _files: {})
    assert components["python"].covers == {"os", "libpython3.11.so.1.0", "vcruntime140.dll"}
    assert components["unknown"].covers == {"libz.so.1"}


def test_the_libraries_a_wheel_carries_and_the_licences_a_package_keeps_as_data(tmp_path):
    # ICU among PySide6's Qt libraries is ICU's, not Qt's; auditwheel's and delocate's
    # folders hold others' libraries; a package's licence files among its data are texts.
    assert licences.carried_library("/s/PySide6/Qt/lib/libicuuc.so.73")
    assert licences.carried_library("/s/psycopg_binary.libs/libpq-e9b5c9ac.so.5.18")
    assert licences.carried_library("/s/shapely/.dylibs/libgeos.3.13.1.dylib")
    assert not licences.carried_library("/s/PySide6/Qt/lib/libQt6Core.so.6")
    dist = _wheel(tmp_path, "ze", {"ze/resources/LICENSES.md": "data licences\n",
                                   "ze/resources/fonts/OFL.txt": "SIL OFL\n",
                                   "ze/resources/fonts/Noto.ttf": "font",
                                   "ze-1.0.dist-info/licenses/LICENSE": MIT},
                  "License-Expression: MIT\n")
    files = [(f"ze/resources/{name}", str(tmp_path / "ze" / "resources" / name))
             for name in ("LICENSES.md", "fonts/OFL.txt", "fonts/Noto.ttf")]
    components = licences.trace(files, licences.python_owners([dist]),
                                machine=lambda _files: {})
    assert [p.name for p in components["python/ze-1.0"].texts] == ["LICENSE", "LICENSES.md",
                                                                   "OFL.txt"]


def test_two_texts_of_one_name_in_one_part_are_both_kept(tmp_path):
    one, two = tmp_path / "a" / "LICENSE", tmp_path / "b" / "LICENSE"
    for path, text in ((one, MIT), (two, "another\n"), ):
        path.parent.mkdir()
        path.write_text(text)
    part = licences.Component("python/x-1", "x 1", "a Python distribution", "", [one, two, one],
                              {"x"})
    entries = licences.write({"python/x-1": part}, tmp_path / "out")
    assert [dest for dest, _, _ in entries] == ["licences/python/x-1/LICENSE",
                                               "licences/python/x-1/LICENSE-2",
                                               "licences/README.txt"]
    assert (tmp_path / "out" / "python/x-1/LICENSE-2").read_text() == "another\n"


def test_a_part_notes_a_stand_in_text_whichever_of_its_libraries_comes_first(tmp_path):
    # shapely's GEOS: libgeos_c.so.1 is Debian's very SONAME, libgeos.so.3 only another
    # release's; in either order the part says its text is another release's.
    dist = _wheel(tmp_path, "sh", {"sh.libs/libgeos_c-ac38a227.so.1.20.5": "elf",
                                   "sh.libs/libgeos-d1e818bb.so.3.14.1": "elf"})
    exact = {"libgeos_c-ac38a227.so.1.20.5": True, "libgeos-d1e818bb.so.3.14.1": False}
    files = [(f"sh.libs/{name}", str(tmp_path / "sh.libs" / name)) for name in exact]
    copyright_file = Path("/usr/share/doc/zlib1g/copyright")  # any package's copyright file
    if not copyright_file.is_file():
        pytest.skip("needs a Debian copyright file to stand for GEOS's")
    for order in (files, files[::-1]):
        components = licences.trace(
            order, licences.python_owners([dist]), machine=lambda _files: {},
            same_library=lambda real: ("zlib1g", exact[os.path.basename(real)]),
            source_of=lambda _package: "geos")
        part = components["wheel-libraries/sh/geos"]
        assert part.stand_in == "the text of another release of it (zlib1g)"
        assert len(part.covers) == 2
