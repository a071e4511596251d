"""The bundle's shrinking rules (packaging/bundle_shrink.py, icu_trim.py, size_report.py):
stripped binaries are checked like the loader checks them, one copy of PROJ/GDAL data is kept
(the newest database), ICU items are kept for what Qt uses, components are named."""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))

import bundle_shrink  # noqa: E402
import icu_trim  # noqa: E402
import size_report  # noqa: E402
from support.elf_fakes import cc, folders, needs_binutils  # noqa: E402


def _proj_db(path: Path, minor: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE metadata (key TEXT, value TEXT)")
    con.executemany("INSERT INTO metadata VALUES (?, ?)", [
        ("DATABASE.LAYOUT.VERSION.MAJOR", "1"), ("DATABASE.LAYOUT.VERSION.MINOR", str(minor)),
        ("PROJ.VERSION", f"9.{minor}.0")])
    con.commit()
    con.close()


def test_the_newest_proj_database_and_one_gdal_data_are_kept(tmp_path):
    datas = []
    for home, minor in (("fiona/proj_data", 3), ("pyproj/proj_dir/share/proj", 4),
                        ("rasterio/proj_data", 6)):
        db = tmp_path / home / "proj.db"
        _proj_db(db, minor)
        datas.append((f"{home}/proj.db", str(db), "DATA"))
        extra = tmp_path / home / "proj.ini"
        extra.write_text("x")
        datas.append((f"{home}/proj.ini", str(extra), "DATA"))
    for home in ("fiona/gdal_data", "rasterio/gdal_data"):
        f = tmp_path / home / "gcs.csv"
        f.parent.mkdir(parents=True)
        f.write_text("x")
        datas.append((f"{home}/gcs.csv", str(f), "DATA"))
    datas.append(("zoneeditor/resources/basemap/x", str(f), "DATA"))
    kept, homes = bundle_shrink.one_copy_of_data(datas, log=lambda _m: None)
    assert homes == {"PROJ_DATA": "rasterio/proj_data", "GDAL_DATA": "rasterio/gdal_data"}
    dests = {d for d, _, _ in kept}
    assert dests == {"rasterio/proj_data/proj.db", "rasterio/proj_data/proj.ini",
                     "rasterio/gdal_data/gcs.csv", "zoneeditor/resources/basemap/x"}


def test_without_rasterio_pyproj_database_serves_fiona_too(tmp_path):
    datas = []
    for home, minor in (("fiona/proj_data", 3), ("pyproj/proj_dir/share/proj", 4)):
        db = tmp_path / home / "proj.db"
        _proj_db(db, minor)
        datas.append((f"{home}/proj.db", str(db), "DATA"))
    kept, homes = bundle_shrink.one_copy_of_data(datas, log=lambda _m: None)
    assert homes["PROJ_DATA"] == "pyproj/proj_dir/share/proj"
    assert [d for d, _, _ in kept] == ["pyproj/proj_dir/share/proj/proj.db"]


def test_the_launcher_looks_where_the_rules_keep_the_data():
    import ast

    tree = ast.parse((PACKAGING / "launcher.py").read_text())
    values = {node.targets[0].id: ast.literal_eval(node.value) for node in tree.body
              if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
              and node.targets[0].id.endswith("_HOMES")}
    assert values == {"PROJ_HOMES": bundle_shrink.PROJ_HOMES,
                      "GDAL_HOMES": bundle_shrink.GDAL_HOMES}


def _elf_with_load(offset: int, vaddr: int, align: int, size: int = 0x200) -> bytes:
    """A minimal 64-bit little-endian ELF header with one PT_LOAD program header."""
    header = bytearray(64)
    header[:4] = b"\x7fELF"
    header[4], header[5] = 2, 1
    struct.pack_into("<Q", header, 0x20, 64)  # e_phoff
    struct.pack_into("<HH", header, 0x36, 56, 1)  # e_phentsize, e_phnum
    ph = struct.pack("<IIQQQQQQ", 1, 5, offset, vaddr, vaddr, 16, 16, align)
    return bytes(header) + ph + bytes(size)


def test_loadable_checks_segment_alignment_like_the_loader(tmp_path):
    good = tmp_path / "good.so"
    good.write_bytes(_elf_with_load(0x1000, 0x401000, 0x1000, 0x1100))
    bad = tmp_path / "bad.so"
    bad.write_bytes(_elf_with_load(0x1010, 0x401000, 0x1000, 0x1100))
    outside = tmp_path / "outside.so"
    outside.write_bytes(_elf_with_load(0x100000, 0x100000, 0x1000))
    assert bundle_shrink.loadable(good)
    assert not bundle_shrink.loadable(bad)
    assert not bundle_shrink.loadable(outside)
    if bundle_shrink.is_elf(sys.executable):  # a real binary passes too
        assert bundle_shrink.loadable(sys.executable)


@pytest.mark.skipif(shutil.which("strip") is None, reason="binutils strip not installed")
def test_strip_binaries_keeps_what_loads_and_saves_bytes(tmp_path):
    import shapely

    lib = next(Path(shapely.__file__).parent.parent.glob("shapely.libs/libgeos_c*.so*"))
    text = tmp_path / "notes.txt"
    text.write_text("not a binary")
    out = bundle_shrink.strip_binaries(
        [("shapely.libs/" + lib.name, str(lib), "BINARY"), ("x/notes.txt", str(text), "DATA")],
        tmp_path / "stripped", log=lambda _m: None)
    (_dest, src, _), untouched = out
    assert untouched[1] == str(text)
    assert bundle_shrink.loadable(src)
    assert Path(src).stat().st_size <= lib.stat().st_size


def test_icu_items_kept_for_qt():
    keep = icu_trim.keep_item
    for item in ("ibm-5352_P100-1998.cnv", "cnvalias.icu", "root.res", "ar.res", "ru.res",
                 "en.res", "res_index.res", "pool.res", "supplementalData.res",
                 "likelySubtags.res", "zoneinfo64.res", "metaZones.res", "coll/ar.res",
                 "coll/ru.res", "coll/root.res", "coll/ucadata.icu", "coll/res_index.res",
                 "zone/ar.res", "zone/tzdbNames.res", "nfkc.nrm", "uprops.icu"):
        assert keep(item), item
    for item in ("de.res", "fr_CA.res", "zh_Hant.res", "coll/de.res", "zone/fr.res",
                 "brkitr/line.brk", "translit/root.res", "unit/ar.res", "curr/ru.res",
                 "lang/ar.res", "rbnf/ru.res", "region/en.res", "unames.icu",
                 "confusables.cfu", "uts46.nrm", "rfc3491.spp"):
        assert not keep(item), item
    # converters by their width: the single-byte ones stay, the multi-byte tables go
    assert keep("ibm-1256_P110-1997.cnv", 1)
    assert not keep("ibm-943_P15A-2003.cnv", 2)
    assert not keep("gb18030.cnv", 4)


def test_converter_width_is_read_from_the_static_data():
    # a data header of 32 bytes, then UConverterStaticData: size, name[60], code page,
    # platform, conversion type, min and max bytes per character
    header = (32).to_bytes(2, "little") + bytes(30)
    static = (100).to_bytes(4, "little") + b"ibm-943".ljust(60, b"\0") + \
        (943).to_bytes(4, "little") + bytes([0, 2, 1, 2]) + bytes(27)
    assert icu_trim.converter_width(header + static) == 2
    with pytest.raises(ValueError):
        icu_trim.converter_width(header + static[:40])


@pytest.mark.skipif(any(shutil.which(t) is None for t in ("icupkg", "gcc", "nm", "readelf")),
                    reason="icu-devtools, gcc or binutils not installed")
def test_trimmed_icu_data_builds_and_works(tmp_path):
    import PySide6

    data = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"), None)
    if data is None:
        pytest.skip("this PySide6 has no ICU data library")
    small = icu_trim.trimmed_library(data, tmp_path, log=lambda _m: None)
    assert small is not None
    assert small.stat().st_size < data.stat().st_size / 2
    assert icu_trim.verify(small, data.parent) == ""
    # the multi-byte tables are out: ICU says so when one is asked for
    assert icu_trim.verify(small, data.parent, ("windows-1251",)) == ""
    assert icu_trim.verify(small, data.parent, ("Shift_JIS",)) == "converter Shift_JIS"
    assert icu_trim.verify(data, data.parent, ("Shift_JIS",)) == ""
    # the check itself can fail: a library without the data is refused
    empty = tmp_path / "empty" / data.name
    empty.parent.mkdir()
    asm = tmp_path / "e.S"
    asm.write_text('.section .note.GNU-stack,"",@progbits\n')
    subprocess.run(["gcc", "-shared", "-nostdlib", "-o", str(empty), str(asm),
                    f"-Wl,-soname,{data.name}"], check=True, capture_output=True)
    assert icu_trim.verify(empty, data.parent) != ""


def test_size_report_names_components(tmp_path):
    assert size_report.component("PySide6/Qt/lib/libicudata.so.73") == "Qt: ICU data"
    assert size_report.component("rasterio.libs/libgdal-1.so") == \
        "GDAL for rasterio (libraries)"
    assert size_report.component("pyproj/proj_dir/share/proj/proj.db") == "GDAL/PROJ data"
    assert size_report.component("libX11.so.6") == "system libraries"
    # the GDAL built for the bundle sits in the top folder, among the system libraries
    assert size_report.component("libgdal.so.36").startswith("GDAL built for the bundle")
    (tmp_path / "_internal" / "numpy").mkdir(parents=True)
    (tmp_path / "_internal" / "numpy" / "a.so").write_bytes(b"x" * 1000)
    (tmp_path / "zoneeditor").write_bytes(b"x" * 10)
    text = size_report.report(tmp_path)
    assert "numpy" in text and "executable" in text and "total" in text


def test_modules_the_bundle_leaves_out_are_not_used_by_the_product():
    # bundle_rules.EXCLUDED_MODULES leaves modules out of the frozen app; a product module
    # that imported one would fail only there. (zoneeditor.testing is left out with pytest.)
    import ast
    import re

    import bundle_rules

    excluded = [m for m in bundle_rules.EXCLUDED_MODULES if m != "zoneeditor.testing"]
    package = Path(__file__).resolve().parents[2] / "zoneeditor"
    offenders = []
    for path in package.rglob("*.py"):
        if "testing" in path.relative_to(package).parts[:1]:
            continue
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            offenders += [(path.name, n) for n in names
                          if any(n == m or n.startswith(m + ".") for m in excluded)]
        # numpy's sub-packages are reached as attributes too (np.random.default_rng())
        offenders += [(path.name, m.group(0)) for m in
                      re.finditer(r"\b(?:np|numpy)\.(?:random|fft|testing|f2py)\b", text)]
    assert not offenders, offenders


#: The libraries the bundle carries, whose modules outside their test folders must not
#: import a module the bundle leaves out (but where the import is lazy and named below).
BUNDLED_LIBRARIES = ("numpy", "shapely", "rasterio", "fiona", "pyproj", "psycopg",
                     "pypdfium2", "segno", "psygnal", "affine", "attr", "platformdirs",
                     "certifi", "click", "cligj", "mgrs", "pyparsing", "defusedxml", "PySide6",
                     "shiboken6")
#: (module file, import) pairs that reach a left-out module on a path the editor never
#: takes: numpy's lazy ``np.testing``/``np.f2py`` attributes (the product test above forbids
#: them), defusedxml's xmlrpc guard (a module zoneeditor does not import: the product test
#: above would name it) and rasterio.fill, left out itself. rasterio's Cython modules are
#: read as text for the names of the modules they import (their ``.pyx`` is not shipped).
LAZY_OR_UNUSED = {("numpy/__init__.py", "numpy.testing"), ("numpy/__init__.py", "numpy.f2py"),
                  ("defusedxml/xmlrpc.py", "xmlrpc"), ("defusedxml/xmlrpc.py", "xmlrpc.client"),
                  ("rasterio/fill.py", "rasterio._fill")}  # rasterio.fill is left out too


def test_modules_the_bundle_leaves_out_are_not_imported_by_its_libraries():
    # numpy.f2py, numpy.testing, unittest, doctest, pdb, distutils, xmlrpc, _pydecimal: each
    # left out only while no library module the editor can load imports it, anywhere in its
    # code (inside functions too). Test folders and test helpers are not in the bundle's paths.
    import ast
    import importlib.util
    import re

    import bundle_rules

    excluded = [m for m in bundle_rules.EXCLUDED_MODULES
                if not m.startswith(("PySide6.", "zoneeditor.", "numpy.random", "numpy.fft"))
                and m not in ("tkinter", "pytest", "_pytest", "pytestqt", "hypothesis",
                              "IPython", "matplotlib", "setuptools", "pkg_resources",
                              "readline", "pydoc", "pydoc_data", "_hashlib")]
    assert {"numpy.testing", "unittest", "distutils", "_pydecimal"} <= set(excluded)
    offenders, read = [], 0
    for name in BUNDLED_LIBRARIES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        root = Path(spec.origin).parent
        files = [root / spec.origin] if root.name == "site-packages" else root.rglob("*.py")
        for path in files:
            rel = path.relative_to(root.parent).as_posix()
            # rasterio/rio: rasterio's command line, which the bundle leaves out (the spec)
            if any(part in rel for part in ("test", "conftest", "f2py/", "distutils/",
                                            "rasterio/rio/")):
                continue
            try:
                tree = ast.parse(path.read_bytes())
            except (SyntaxError, ValueError):
                continue
            read += 1
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names = [node.module]
                offenders += [(rel, n) for n in names
                              if any(n == m or n.startswith(m + ".") for m in excluded)
                              and (rel, n) not in LAZY_OR_UNUSED]
    # Cython modules name the modules they import as strings in the binary
    for name in BUNDLED_LIBRARIES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None or Path(spec.origin).parent.name == \
                "site-packages":
            continue
        for binary in Path(spec.origin).parent.rglob("*.so"):
            rel = binary.relative_to(Path(spec.origin).parent.parent).as_posix()
            if "test" in rel:
                continue
            text = binary.read_bytes()
            offenders += [(rel, m) for m in excluded if "." in m and m.split(".")[0] == name
                          and re.search(rb"(?<![\w.])" + re.escape(m.encode()) + rb"(?![\w])",
                                        text)
                          and not rel.startswith(m.replace(".", "/"))]
    assert read > 500, read  # the libraries were found and read
    assert not offenders, offenders


def test_library_family_names_drop_auditwheel_tags():
    assert bundle_shrink.family("libgdal-fiona-e8f6bdb0.so.35.3.9.2") == (
        "libgdal.so.35", (35, 3, 9, 2))
    assert bundle_shrink.family("fiona.libs/libgdal-c8c9c467.so.36.3.10.3") == (
        "libgdal.so.36", (36, 3, 10, 3))
    assert bundle_shrink.family("libssl.so.3") == ("libssl.so.3", (3,))
    assert bundle_shrink.family("libpdfium.so") == ("libpdfium.so", ())
    assert bundle_shrink.family("README.txt") is None


@needs_binutils
@pytest.mark.parametrize("newest_has_everything", [True, False])
def test_one_copy_serves_a_family_only_when_it_has_every_symbol(tmp_path, newest_has_everything):
    # Two wheels ship libfoo.so.1: release 1.0 (needing libdep) and 1.1. Module m1 takes
    # foo_old from 1.0, m2 foo_new from 1.1. When 1.1 also defines foo_old, it serves both,
    # 1.0 becomes a link to it and libdep (only 1.0 needed it) goes; when it does not, both
    # copies stay.
    a, b = folders(tmp_path, "a", "b")
    dep = cc(a, "libdep-0123abcd.so.2", "int dep_fn(void) { return 2; }")
    old = cc(a, "libfoo-aaaa1111.so.1.0",
              "int dep_fn(void); int foo_old(void) { return dep_fn(); }",
              "-l:libdep-0123abcd.so.2")
    new_code = "int foo_new(void) { return 3; }"
    if newest_has_everything:
        new_code += " int foo_old(void) { return 2; }"
    new = cc(b, "libfoo-bbbb2222.so.1.1", new_code)
    m1 = cc(a, "m1.cpython-311-x86_64-linux-gnu.so",
             "int foo_old(void); int m1(void) { return foo_old(); }", "-l:libfoo-aaaa1111.so.1.0")
    m2 = cc(b, "m2.cpython-311-x86_64-linux-gnu.so",
             "int foo_new(void); int m2(void) { return foo_new(); }", "-l:libfoo-bbbb2222.so.1.1")
    binaries = [("a.libs/libfoo-aaaa1111.so.1.0", old, "BINARY"),
                ("a.libs/libdep-0123abcd.so.2", dep, "BINARY"),
                ("b.libs/libfoo-bbbb2222.so.1.1", new, "BINARY"),
                ("a/m1.cpython-311-x86_64-linux-gnu.so", m1, "EXTENSION"),
                ("b/m2.cpython-311-x86_64-linux-gnu.so", m2, "EXTENSION")]
    logged = []
    out = bundle_shrink.share_libraries(binaries, families=("libfoo.so.1",),
                                        log=logged.append)
    if newest_has_everything:
        assert ("a.libs/libfoo-aaaa1111.so.1.0", "../b.libs/libfoo-bbbb2222.so.1.1",
                "SYMLINK") in out
        assert not any("libdep" in dest for dest, _, _ in out)
        assert {d for d, _, t in out if t != "SYMLINK"} == {
            "b.libs/libfoo-bbbb2222.so.1.1", "a/m1.cpython-311-x86_64-linux-gnu.so",
            "b/m2.cpython-311-x86_64-linux-gnu.so"}
    else:
        assert out == binaries
        assert any("all 2 copies stay" in line for line in logged), logged


@needs_binutils
@pytest.mark.parametrize("machine_has_everything", [True, False])
def test_the_machine_s_sqlite_serves_the_wheels_whatever_their_release(tmp_path,
                                                                       machine_has_everything):
    # pyproj's wheel brings a newer SQLite (and its own dependency) than the build machine's,
    # which Python's _sqlite3 links. The machine's copy serves PROJ when it defines what PROJ
    # takes; when it does not, both stay: the wheel's newer copy never serves Python's.
    machine, wheel = folders(tmp_path, "machine", "wheel")
    code = "int sqlite3_open(void) { return 0; }"
    if machine_has_everything:
        code += " int sqlite3_prepare_v3(void) { return 0; }"
    mine = cc(machine, "libsqlite3.so.0", code)
    dep = cc(wheel, "libz-0123abcd.so.1", "int z_fn(void) { return 2; }")
    theirs = cc(wheel, "libsqlite3-341faa0b.so.0.8.6",
                "int z_fn(void); int sqlite3_open(void) { return z_fn(); } "
                "int sqlite3_prepare_v3(void) { return 0; }", "-l:libz-0123abcd.so.1")
    python = cc(machine, "_sqlite3.cpython-311-x86_64-linux-gnu.so",
                "int sqlite3_open(void); int m(void) { return sqlite3_open(); }",
                "-l:libsqlite3.so.0")
    proj = cc(wheel, "libproj-1eb8c554.so.25.9.5.1",
              "int sqlite3_prepare_v3(void); int p(void) { return sqlite3_prepare_v3(); }",
              "-l:libsqlite3-341faa0b.so.0.8.6")
    crs = cc(wheel, "_crs.cpython-311-x86_64-linux-gnu.so",
             "int p(void); int c(void) { return p(); }", "-l:libproj-1eb8c554.so.25.9.5.1")
    binaries = [("libsqlite3.so.0", mine, "BINARY"),
                ("pyproj.libs/libsqlite3-341faa0b.so.0.8.6", theirs, "BINARY"),
                ("pyproj.libs/libz-0123abcd.so.1", dep, "BINARY"),
                ("pyproj.libs/libproj-1eb8c554.so.25.9.5.1", proj, "BINARY"),
                ("python3.11/lib-dynload/_sqlite3.cpython-311-x86_64-linux-gnu.so", python,
                 "EXTENSION"),
                ("pyproj/_crs.cpython-311-x86_64-linux-gnu.so", crs, "EXTENSION")]
    logged: list[str] = []
    out = bundle_shrink.share_libraries(list(binaries), families=("libsqlite3.so.0",),
                                        log=logged.append, machine_copy=("libsqlite3.so.0",))
    if machine_has_everything:
        assert ("pyproj.libs/libsqlite3-341faa0b.so.0.8.6", "../libsqlite3.so.0",
                "SYMLINK") in out
        assert not any("libz-" in dest for dest, _, _ in out)
    else:
        assert out == binaries
        assert any("all 2 copies stay" in line for line in logged), logged
    assert "libsqlite3.so.0" in bundle_shrink.MACHINE_COPY_SERVES
    assert "libsqlite3.so.0" in bundle_shrink.SHARED_FAMILIES


def test_a_system_library_s_release_is_read_from_the_file_its_soname_names(tmp_path):
    real = tmp_path / "libzstd.so.1.5.4"
    real.write_bytes(b"")
    (tmp_path / "libzstd.so.1").symlink_to(real.name)
    assert bundle_shrink.release("libzstd.so.1", str(tmp_path / "libzstd.so.1")) == (1, 5, 4)
    wheel = tmp_path / "libzstd-rasterio-8255c9c1.so.1.5.0"
    wheel.write_bytes(b"")
    assert bundle_shrink.release("rasterio.libs/" + wheel.name, str(wheel)) == (1, 5, 0)
    # a source of another name (a stripped copy in a work folder) says nothing more
    other = tmp_path / "stripped.bin"
    other.write_bytes(b"")
    assert bundle_shrink.release("libzstd.so.1", str(other)) == (1,)


@needs_binutils
def test_the_newer_system_copy_serves_an_older_wheel_copy(tmp_path):
    # The build machine's libfoo.so.1 (a link to release 1.5.4) and a wheel's 1.5.0: both
    # define foo, and the newer one is kept, though its name in the bundle has no release.
    sysdir, wheeldir = folders(tmp_path, "sys", "wheel")
    system = Path(cc(sysdir, "libfoo.so.1.5.4", "int foo(void) { return 4; }"))
    (sysdir / "libfoo.so.1").symlink_to(system.name)
    wheel = cc(wheeldir, "libfoo-cafe1234.so.1.5.0", "int foo(void) { return 0; }")
    m1 = cc(wheeldir, "m1.cpython-311-x86_64-linux-gnu.so",
             "int foo(void); int m1(void) { return foo(); }", "-l:libfoo-cafe1234.so.1.5.0")
    binaries = [("libfoo.so.1", str(sysdir / "libfoo.so.1"), "BINARY"),
                ("w.libs/libfoo-cafe1234.so.1.5.0", wheel, "BINARY"),
                ("w/m1.cpython-311-x86_64-linux-gnu.so", m1, "EXTENSION")]
    out = bundle_shrink.share_libraries(binaries, families=("libfoo.so.1",), log=lambda _: None)
    assert ("w.libs/libfoo-cafe1234.so.1.5.0", "../libfoo.so.1", "SYMLINK") in out
    assert ("libfoo.so.1", str(sysdir / "libfoo.so.1"), "BINARY") in out


@pytest.mark.skipif(not all(shutil.which(t) for t in ("gcc", "readelf")),
                    reason="needs gcc and readelf (binutils)")
def test_built_libraries_are_named_by_their_soname_and_one_without_is_refused(tmp_path):
    dbus = cc(tmp_path, "libdbus-1.so.3", "int dbus_x(void) { return 1; }")
    curl = cc(tmp_path, "libcurl.so.4", "int curl_x(void) { return 1; }")
    paths = f"{dbus}{os.pathsep}{curl}"
    assert bundle_shrink.built_libraries(paths) == {"libdbus-1.so.3": dbus,
                                                    "libcurl.so.4": curl}
    assert bundle_shrink.built_libraries("") == {}
    plain = tmp_path / "plain.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(plain), "-x", "c", "-"],
                   input=b"int f(void) { return 0; }", check=True, capture_output=True)
    with pytest.raises(SystemExit, match="no SONAME"):
        bundle_shrink.built_libraries(str(plain))


def test_a_built_library_replaces_the_machines_copy_and_the_rest_join_their_families():
    binaries = [("libdbus-1.so.3", "/usr/lib/libdbus-1.so.3", "BINARY"),
                ("libsystemd.so.0", "/usr/lib/libsystemd.so.0", "BINARY"),
                ("pyproj.libs/libcurl-8b9c369e.so.4.8.0", "/w/libcurl-8b9c369e.so.4.8.0",
                 "BINARY"),
                ("libdbus-1.so", "libdbus-1.so.3", "SYMLINK")]
    built = {"libdbus-1.so.3": "/cache/dbus/libdbus-1.so.3.32.4",
             "libcurl.so.4": "/cache/curl/libcurl.so.4.8.0"}
    out, joining = bundle_shrink.put_built_libraries(binaries, built)
    assert out == [("libdbus-1.so.3", "/cache/dbus/libdbus-1.so.3.32.4", "BINARY"),
                   *binaries[1:]]
    # pyproj's tagged copy is another name: curl is left to share_libraries
    assert joining == {"libcurl.so.4": "/cache/curl/libcurl.so.4.8.0"}
    assert bundle_shrink.put_built_libraries(binaries, {}) == (binaries, {})


@needs_binutils
def test_a_built_library_in_place_of_the_machines_leaves_out_what_only_that_copy_linked(
        tmp_path):
    # The machine's libbus.so.3 links libsd.so.0 (as Debian's libdbus links libsystemd); the
    # one built for the bundle links nothing. Put in before the pruning, whose walk reads
    # each binary's own DT_NEEDED, it leaves libsd out; the machine's copy would keep it.
    import bundle_rules

    machine, built = folders(tmp_path, "machine", "built")
    sd = cc(machine, "libsd.so.0", "int sd_fn(void) { return 1; }")
    theirs = cc(machine, "libbus.so.3", "int sd_fn(void); int bus_fn(void) { return sd_fn(); }",
                 "-l:libsd.so.0")
    ours = cc(built, "libbus.so.3", "int bus_fn(void) { return 2; }")
    module = cc(machine, "m.cpython-311-x86_64-linux-gnu.so",
                 "int bus_fn(void); int m(void) { return bus_fn(); }", "-l:libbus.so.3")
    binaries = [("libbus.so.3", theirs, "BINARY"), ("libsd.so.0", sd, "BINARY"),
                ("m.cpython-311-x86_64-linux-gnu.so", module, "EXTENSION")]
    quiet = {"log": lambda _line: None}

    kept, _ = bundle_rules.prune(list(binaries), [], needed=bundle_shrink.elf_needed, **quiet)
    assert {d for d, _, _ in kept} == {d for d, _, _ in binaries}

    placed, joining = bundle_shrink.put_built_libraries(
        binaries, bundle_shrink.built_libraries(ours))
    assert joining == {}
    kept, _ = bundle_rules.prune(placed, [], needed=bundle_shrink.elf_needed, **quiet)
    assert kept == [("libbus.so.3", ours, "BINARY"),
                    ("m.cpython-311-x86_64-linux-gnu.so", module, "EXTENSION")]


@needs_binutils
def test_a_joining_built_library_serves_a_wheels_tagged_copy_of_the_same_file_version(
        tmp_path):
    # curl's case: pyproj's PROJ names its wheel's tagged copy (libcurl-<hash>.so.4.8.0,
    # with an HTTP/2 library of its own); the curl built for the bundle joins as
    # libcurl.so.4, from a file of the same version. The release tie goes to the copy whose
    # choice leaves out the most: the built one, and the wheel's HTTP/2 library goes.
    wheel, built = folders(tmp_path, "wheel", "built")
    h2 = cc(wheel, "libh2-0badcafe.so.14", "int h2_fn(void) { return 1; }")
    tagged = cc(wheel, "libnet-8b9c369e.so.4.8.0",
                 "int h2_fn(void); int net_get(void) { return h2_fn(); }",
                 "-l:libh2-0badcafe.so.14")
    real = built / "libnet.so.4.8.0"
    subprocess.run(["gcc", "-shared", "-fPIC", "-Wl,-soname,libnet.so.4", "-o", str(real),
                    "-x", "c", "-"], input=b"int net_get(void) { return 2; }", check=True,
                   capture_output=True)
    user = cc(wheel, "libproj-1eb8c554.so.25",
               "int net_get(void); int proj_fn(void) { return net_get(); }",
               "-l:libnet-8b9c369e.so.4.8.0")
    module = cc(wheel, "m.cpython-311-x86_64-linux-gnu.so",
                 "int proj_fn(void); int m(void) { return proj_fn(); }",
                 "-l:libproj-1eb8c554.so.25")
    binaries = [("w.libs/libh2-0badcafe.so.14", h2, "BINARY"),
                ("w.libs/libnet-8b9c369e.so.4.8.0", tagged, "BINARY"),
                ("w.libs/libproj-1eb8c554.so.25", user, "BINARY"),
                ("w/m.cpython-311-x86_64-linux-gnu.so", module, "EXTENSION")]
    _, joining = bundle_shrink.put_built_libraries(binaries, {"libnet.so.4": str(real)})
    binaries += [(name, path, "BINARY") for name, path in joining.items()]
    out = bundle_shrink.share_libraries(binaries, families=("libnet.so.4",),
                                        log=lambda _line: None)
    assert ("w.libs/libnet-8b9c369e.so.4.8.0", "../libnet.so.4", "SYMLINK") in out
    assert ("libnet.so.4", str(real), "BINARY") in out
    assert not any("libh2" in dest for dest, _, _ in out)
