"""``zoneeditor --self-test``: prove this installation works, end to end, without a display.

Made for the frozen bundle (does it carry its Qt plugins, GDAL and PROJ data, fonts, sample,
translations?) and just as useful on a source install or a delegate's laptop before a
meeting. Each check drives the real code a user would: it opens the bundled sample, builds
the window offscreen, compares the agreed lines with "Proposal B", exports a shapefile and
reads it back with fiona directly, writes and re-reads a GeoPackage, reprojects with PROJ,
prints a PDF, looks for the machine's printers, reads a GeoTIFF reference (rasterio) and a
PDF annex page (pdfium) in the reader child, loads the team server client (psycopg and its
libpq) and loads the translations.
Everything is written to a temporary folder; the user's settings, recent files and journals
are never touched.

One line per check: name, ``ok`` or ``FAILED``, and a figure (or the reason it failed). The
exit status is 0 only when every check passed. A check whose code is missing from this build
fails with the reason; nothing is ever passed without being run.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from zoneeditor import __version__
from zoneeditor.selftest import data_checks, reader_checks, window_checks
from zoneeditor.selftest.context import CheckFailed, CheckResult, Context

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

#: The checks in the order they run (cheap and fundamental first).
CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("resources", data_checks.check_resources),
    ("licences", data_checks.check_licences),
    ("open sample", data_checks.check_open),
    ("reproject", data_checks.check_reproject),
    ("georeference", data_checks.check_georef),
    ("geopackage", data_checks.check_geopackage),
    ("journal", data_checks.check_journal),
    ("window", window_checks.check_window),
    ("diff", data_checks.check_diff),
    ("gdal drivers", reader_checks.check_gdal_drivers),
    ("export shp", data_checks.check_export),
    ("raster", reader_checks.check_raster),
    ("pdf page", reader_checks.check_pdf_page),
    ("team client", reader_checks.check_team_client),
    ("print pdf", window_checks.check_print),
    ("print changes", window_checks.check_print_diff),
    ("printers", window_checks.check_printers),
    ("system", window_checks.check_system_libraries),
    ("translations", window_checks.check_translations),
    ("text", data_checks.check_text),
)


def _isolate_user_folders(folder: Path) -> None:
    """Point settings, journal, log and cache folders into ``folder`` for this process."""
    home = folder / "home"
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                "APPDATA", "LOCALAPPDATA"):
        os.environ[var] = str(home / var.lower())


#: Qt messages that say nothing about the installation (the offscreen platform's limits).
_HARMLESS_QT_MESSAGES = ("propagateSizeHints",)


def _quiet_qt() -> None:
    """Drop Qt's harmless offscreen warnings; anything else still reaches stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if not any(m in message for m in _HARMLESS_QT_MESSAGES):
            print(f"Qt: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


def run_checks(out: TextIO | None = None) -> list[CheckResult]:
    """Run every check, printing one line each to ``out`` (stdout); returns the results."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _quiet_qt()
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="zoneeditor-self-test-") as tmp:
        folder = Path(tmp)
        _isolate_user_folders(folder)
        ctx = Context(folder)
        for name, check in CHECKS:
            start = time.perf_counter()
            try:
                figure, ok = check(ctx), True
            except CheckFailed as exc:
                figure, ok = str(exc), False
            except ImportError as exc:
                figure, ok = f"not available in this build: {exc}", False
            except Exception as exc:  # a real failure: say what, in one line
                where = traceback.extract_tb(exc.__traceback__)[-1]
                figure = (f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                          f" (at {Path(where.filename).name}:{where.lineno})")
                ok = False
            result = CheckResult(name, ok, figure, time.perf_counter() - start)
            results.append(result)
            print(result.line(), file=out, flush=True)
        if ctx.app is not None:
            ctx.app.processEvents()
    return results


def header() -> str:
    """What is being tested: versions of zoneeditor, Python, Qt, GDAL, PROJ; frozen or not."""
    parts = [f"zoneeditor {__version__} self-test",
             "frozen bundle" if getattr(sys, "frozen", False) else "Python install",
             f"Python {sys.version.split()[0]}"]
    try:
        import PySide6

        parts.append(f"Qt {PySide6.__version__}")
    except ImportError:
        parts.append("Qt missing")
    return ", ".join(parts)


def _safe_streams() -> None:
    """Printing must not be what fails: a Windows console in cp1252 cannot show Arabic or
    "km²" (replace what it cannot show), and a windowed executable has no stdout at all."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def main(argv: list[str] | None = None) -> int:
    """Run the self-test; 0 when every check passed, 1 otherwise."""
    del argv  # no options (yet): the self-test is the same everywhere
    _safe_streams()
    print(header(), flush=True)
    start = time.perf_counter()
    results = run_checks()
    failed = [r for r in results if not r.ok]
    total = time.perf_counter() - start
    if failed:
        print(f"self-test FAILED: {len(failed)} of {len(results)} checks failed "
              f"({', '.join(r.name for r in failed)}) in {total:.1f} s", flush=True)
        return 1
    print(f"self-test passed: {len(results)} of {len(results)} checks in {total:.1f} s",
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
