"""``zoneeditor --self-test`` run as a user (or the bundle's CI) runs it.

One line per check, ``ok``/``FAILED`` and a figure; exit 0 only when every check passed; a
broken installation is reported as FAILED with the reason, never a traceback. The frozen
bundle runs the same module (packaging/ci_bundle.sh).
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

LINE = re.compile(r"^  (?P<name>\S+(?: \S+)?)\s+(?P<status>ok|FAILED)\s+(?P<figure>.+)  "
                  r"\((?P<secs>[\d.]+) s\)$")

#: Every check the self-test runs, in order.
CHECKS = ["resources", "licences", "open sample", "reproject", "georeference", "geopackage",
          "journal", "window", "diff", "gdal drivers", "export shp", "raster", "pdf page",
          "team client", "print pdf", "print changes", "printers", "system", "translations",
          "text"]


def self_test(tmp_path: Path, prelude: str = "", env: dict[str, str] | None = None
              ) -> tuple[subprocess.CompletedProcess, dict]:
    """Run the self-test as ``zoneeditor --self-test`` (after ``prelude``, Python code that
    breaks something on purpose; with ``env`` added to the environment); returns the
    process and {check: (status, figure)}."""
    home = tmp_path / "home"
    environ = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_STATE_HOME=str(home / "state"), XDG_DATA_HOME=str(home / "data"),
                   QT_QPA_PLATFORM="offscreen", **(env or {}))
    command = [sys.executable, "-m", "zoneeditor", "--self-test"]
    if prelude:
        command = [sys.executable, "-c", prelude + "\nimport sys\nfrom zoneeditor.__main__ "
                   "import main\nsys.exit(main(['--self-test']))"]
    result = subprocess.run(command,
                            capture_output=True, text=True, encoding="utf-8", timeout=300,
                            env=environ, cwd=tmp_path)
    checks = {}
    for line in result.stdout.splitlines():
        m = LINE.match(line)
        if m:
            checks[m["name"]] = (m["status"], m["figure"])
    return result, checks


@pytest.fixture(scope="module")
def normal_run(tmp_path_factory):
    return self_test(tmp_path_factory.mktemp("selftest"))


def test_one_line_per_check_and_a_verdict(normal_run):
    result, checks = normal_run
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.startswith("zoneeditor ")
    assert list(checks) == CHECKS, result.stdout
    failed = [name for name, (status, _) in checks.items() if status == "FAILED"]
    last = result.stdout.strip().splitlines()[-1]
    if failed:
        assert result.returncode == 1 and last.startswith("self-test FAILED")
        assert all(name in last for name in failed)
    else:
        assert result.returncode == 0 and last.startswith(f"self-test passed: {len(CHECKS)} of")


@pytest.mark.parametrize("name", ["resources", "licences", "open sample", "reproject",
                                  "geopackage", "journal", "window", "diff", "gdal drivers",
                                  "export shp", "raster", "pdf page", "team client", "print pdf",
                                  "printers", "system", "translations", "text"])
def test_check_passes_with_its_figure(normal_run, name):
    result, checks = normal_run
    status, figure = checks[name]
    assert status == "ok", f"{name}: {figure}\n{result.stdout}{result.stderr}"
    expected = {
        "resources": r"gazetteer \(nearest to Idlib: Idlib, \d",
        "licences": r"^a Python install: each package's licence is in its installed metadata$",
        "open sample": r"2 versions; agreed: 6 zones, 2 lines, 4 points",
        "reproject": r"UTM 37N 286\.\d km E 3978\.\d km N, .*Idlib zone 7,2\d\d km²",
        "geopackage": r"2 versions identical",
        "journal": r"edit journaled \(\d+ kB\), saved and read back, journal removed",
        "window": r"canvas \d+x\d+, \d+ colours sampled, menus: ",
        "diff": r"\d+ features changed, [\d,.]+ km² gained",
        "gdal drivers": r"13 drivers for fiona and rasterio, GDAL \d+\.\d+\.\d+ / \d+\.\d+\.\d+ "
                        r"\(\d+ drivers in all\)",
        "export shp": r"12 features in 3 shapefiles read back, Arabic names intact",
        "raster": r"raster 64x64 EPSG:32637 described in the reader child, reprojected and "
                  r"drawn; fiona read 6 zones beside it \(GDAL \d+\.\d+\.\d+ / \d",
        "pdf page": r"1 page rendered by pdfium in the reader child, 28\dx14\d pixels at 72 "
                    r"dpi, colours right",
        "team client": r"delegate@team\.example:5433/talks \((?!.*secret).*sslmode=require\), "
                       r"psycopg 3\.\S+ with libpq \d+\.\d+ \(binary\)",
        "print pdf": r"1 page\(s\), \d+ kB, Noto Sans and Noto Naskh Arabic embedded",
        "printers": (r"^\d+ printer\(s\) through this machine's CUPS \(\S*libcups\.so\.2"
                     if _machine_has_cups() else
                     r"^no CUPS on this machine: printing goes to PDF files$"),
        "system": (r"^\d+ libraries, in memory: .*libstdc\+\+\.so\.6.*libglib-2\.0\.so\.0.*"
                   r"libX11\.so\.6.*libfontconfig\.so\.1.*libfreetype\.so\.6"
                   if sys.platform.startswith("linux") else r"^not Linux"),
        "translations": r"ar '.+' / '.+', ru '.+' / 'Отмена'",
        "text": r"ru/ar collation, windows-1256, .+, ЁЛКА",
    }[name]
    assert re.search(expected, figure), figure


def test_the_whole_self_test_passes(normal_run):
    # The acceptance line of the bundle: every check, including the printed diff overlay.
    result, _ = normal_run
    assert result.returncode == 0, result.stdout + result.stderr


def _machine_has_cups() -> bool:
    """True where this machine has a CUPS client library (Linux)."""
    try:
        ctypes.CDLL("libcups.so.2")
    except OSError:
        return False
    return True


def failed_self_test(tmp_path: Path, prelude: str) -> tuple[subprocess.CompletedProcess, dict]:
    """``self_test`` after ``prelude`` broke something: no traceback, and the verdict is 1."""
    result, checks = self_test(tmp_path, prelude=prelude)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1
    return result, checks


def test_a_broken_installation_fails_with_the_reason(tmp_path):
    # A build that lost the print layout module (as a bundle missing a hidden import would):
    # the print check must say so, the other checks still run, and the verdict is 1.
    result, checks = failed_self_test(
        tmp_path, "import sys\nsys.modules['zoneeditor.render.print_layout'] = None")
    status, figure = checks["print pdf"]
    assert status == "FAILED"
    assert "not available in this build" in figure and "print_layout" in figure
    assert checks["reproject"][0] == "ok" and checks["export shp"][0] == "ok"
    assert result.stdout.strip().splitlines()[-1].startswith("self-test FAILED")


def test_missing_raster_and_team_libraries_fail_their_checks(tmp_path):
    # A bundle that lost rasterio or psycopg (a missing hidden import or shared library) must
    # say so in the raster and team client checks; the PDF page is read in the reader child,
    # which still has everything, and passes.
    _, checks = failed_self_test(
        tmp_path, "import sys\nsys.modules['rasterio'] = None\nsys.modules['psycopg'] = None")
    for name, module in (("raster", "rasterio"), ("team client", "psycopg")):
        status, figure = checks[name]
        assert status == "FAILED" and "not available in this build" in figure, figure
        assert module in figure, figure
    assert checks["pdf page"][0] == "ok", checks["pdf page"]
    assert checks["export shp"][0] == "ok"


def test_a_gdal_without_a_driver_zoneeditor_uses_fails_the_driver_check(tmp_path):
    # GDAL_SKIP leaves drivers unregistered, as a GDAL built without them would be (the
    # bundle's is built with io.gdal_drivers' list only): the check names what is missing.
    _, checks = failed_self_test(tmp_path, "import os\nos.environ['GDAL_SKIP'] = 'OSM JP2OpenJPEG'")
    status, figure = checks["gdal drivers"]
    assert status == "FAILED" and "GDAL has no driver" in figure, figure
    assert "JP2OpenJPEG" in figure and "OSM" in figure, figure
    assert checks["export shp"][0] == "ok"


@pytest.mark.skipif(not sys.platform.startswith("linux") or not _machine_has_cups(),
                    reason="needs a Linux machine with CUPS's client library (libcups2)")
def test_cups_on_the_machine_that_qt_does_not_load_fails_the_printers_check(tmp_path):
    # Qt looks for its print support plugins only in an empty folder beside the platform
    # plugins (as a bundle that lost its CUPS plugin would): the machine has CUPS, yet the
    # editor could print only to PDF files, and the check must say so.
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    prelude = (
        "import os, PySide6\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication, QLibraryInfo\n"
        "qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))\n"
        f"only = Path({str(plugins)!r})\n"
        "(only / 'platforms').symlink_to(qt / 'platforms')\n"
        "QCoreApplication.setLibraryPaths([str(only)])\n")
    result, checks = failed_self_test(tmp_path, prelude)
    status, figure = checks["printers"]
    assert status == "FAILED", result.stdout
    assert "has CUPS" in figure and "did not load it" in figure, figure
    assert checks["print pdf"][0] == "ok" and checks["window"][0] == "ok", result.stdout


def _bundle_licences(folder: Path, index: str, texts: tuple[str, ...]) -> None:
    """A bundle's ``licences`` folder under ``folder``: the index and the named texts."""
    for name in texts:
        (folder / "licences" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "licences" / name).write_text("licence text\n")
    (folder / "licences" / "README.txt").write_text(index, encoding="utf-8")


QT_PART = ("PySide6_Essentials 6.11.3\n  from: a Python distribution\n"
           "  texts: python/PySide6_Essentials-6.11.3/LGPL-3.0-only.txt, "
           "python/PySide6_Essentials-6.11.3/GPL-3.0-only.txt\n  in the bundle: 1 file(s)\n")


def test_the_licences_check_reads_the_bundle_s_index(tmp_path, monkeypatch):
    # In a bundle (sys._MEIPASS set by PyInstaller's start-up), every text the index names
    # must be there, none may be missing, and Qt's LGPL must be among them.
    from zoneeditor.selftest.context import CheckFailed, Context
    from zoneeditor.selftest.data_checks import check_licences

    texts = ("python/PySide6_Essentials-6.11.3/LGPL-3.0-only.txt",
             "python/PySide6_Essentials-6.11.3/GPL-3.0-only.txt")
    _bundle_licences(tmp_path, "HEAD\n\n" + QT_PART, texts)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    ctx = Context(tmp_path)
    assert check_licences(ctx) == "1 parts, 2 texts, Qt under the LGPL 3"

    (tmp_path / "licences" / texts[1]).unlink()
    gone = re.escape(f"missing: {texts[1]}")
    with pytest.raises(CheckFailed, match=gone):
        check_licences(ctx)

    _bundle_licences(tmp_path, "HEAD\n\n" + QT_PART + "\nstray\n  texts: NONE FOUND (see the "
                     "build log)\n", texts)
    with pytest.raises(CheckFailed, match="1 part"):
        check_licences(ctx)

    # Qt's LGPL must be PySide6's own text, not another part's (shiboken6 has one too)
    shiboken = QT_PART.replace("PySide6_Essentials 6.11.3", "shiboken6 6.11.3")
    _bundle_licences(tmp_path, "HEAD\n\n" + shiboken, texts)
    with pytest.raises(CheckFailed, match="not among PySide6's texts"):
        check_licences(ctx)

    (tmp_path / "licences" / "README.txt").unlink()
    with pytest.raises(CheckFailed, match=re.escape("no licences/README.txt")):
        check_licences(ctx)


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("gcc") is None,
                    reason="needs Linux and gcc")
def test_a_machine_libcups_that_does_not_load_fails_the_printers_check(tmp_path):
    # A libcups.so.2 first on the library path whose own dependency is missing (as a
    # system's libcups needing what the bundle's copies lack): Qt's plugin cannot load it,
    # the machine does have CUPS, and the check must say so with the loader's reason.
    libs = tmp_path / "libs"
    libs.mkdir()
    for name, code, link in (("libcupsdep.so.7", "int dep(void) { return 1; }", []),
                             ("libcups.so.2", "int dep(void); int cups(void) { return dep(); }",
                              [f"-L{libs}", "-l:libcupsdep.so.7"])):
        source = libs / f"{name}.c"
        source.write_text(code)
        subprocess.run(["gcc", "-shared", "-fPIC", f"-Wl,-soname,{name}", "-o",
                        str(libs / name), str(source), *link], check=True)
    (libs / "libcupsdep.so.7").unlink()
    # the dynamic loader reads LD_LIBRARY_PATH when the process starts
    result, checks = self_test(tmp_path, env={"LD_LIBRARY_PATH": str(libs)})
    status, figure = checks["printers"]
    assert status == "FAILED", result.stdout
    assert "does not load beside the bundle's libraries" in figure, figure
    assert "libcupsdep.so.7" in figure, figure
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux") or not _machine_has_cups(),
                    reason="needs a Linux machine with CUPS's client library (libcups2)")
def test_a_libcups_inside_the_bundle_fails_the_printers_check(tmp_path):
    # The bundle must not carry libcups (a frozen copy misses the system's fixes): seen as a
    # bundle whose folder holds the machine's library folder, the check fails.
    _, checks = failed_self_test(tmp_path, "import sys\nsys._MEIPASS = '/'")
    status, figure = checks["printers"]
    assert status == "FAILED" and "the bundle carries its own libcups" in figure, figure


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's dynamic loader")
def test_a_desktop_library_inside_the_bundle_fails_the_system_check(tmp_path):
    # The bundle leaves libstdc++, GLib, X11, fontconfig and FreeType to the machine: seen as
    # a bundle whose folder holds the machine's library folder, the check fails naming one.
    _, checks = failed_self_test(tmp_path, "import sys\nsys._MEIPASS = '/'")
    status, figure = checks["system"]
    assert status == "FAILED", figure
    assert re.search(r"^lib\S+\.so\.\d+ came from the bundle \(/", figure), figure
