"""``zoneeditor --self-test``: prove this installation works, end to end, without a display.

Made for the frozen bundle (does it carry its Qt plugins, GDAL and PROJ data, fonts, sample,
translations?) and just as useful on a source install or a delegate's laptop before a
meeting. Each check drives the real code a user would: it opens the bundled sample, builds
the window offscreen, compares the agreed lines with "Proposal B", exports a shapefile and
reads it back with fiona directly, writes and re-reads a GeoPackage, reprojects with PROJ,
prints a PDF, reads a GeoTIFF reference (rasterio) and a PDF annex page (pdfium) in the reader
child, loads the team server client (psycopg and its libpq) and loads the translations.
Everything is written to a temporary folder; the user's settings, recent files and journals
are never touched.

One line per check: name, ``ok`` or ``FAILED``, and a figure (or the reason it failed). The
exit status is 0 only when every check passed. A check whose code is missing from this build
fails with the reason; nothing is ever passed without being run.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from zoneeditor import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType

    from zoneeditor.core.model import Project

#: The proposal the sample project carries beside the agreed baseline.
PROPOSAL = "Proposal B"
#: A sample zone whose Arabic name must survive every round trip.
PROBE_ZONE = "zone-idlib"


@dataclass
class CheckResult:
    """The outcome of one check."""

    name: str
    ok: bool
    figure: str
    seconds: float

    def line(self, width: int = 14) -> str:
        """The check as one aligned line for the terminal."""
        status = "ok" if self.ok else "FAILED"
        return f"  {self.name:<{width}} {status:<7} {self.figure}  ({self.seconds:.1f} s)"


class _LogCatcher(logging.Handler):
    """Collects error records of a logger (and keeps them off the terminal) while active."""

    def __init__(self, name: str) -> None:
        super().__init__(logging.ERROR)
        self.logger = logging.getLogger(name)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> _LogCatcher:
        self._propagate = self.logger.propagate
        self.logger.addHandler(self)
        self.logger.propagate = False
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self)
        self.logger.propagate = self._propagate


class CheckFailed(Exception):
    """A check ran and found something wrong (the message says what)."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


class SelfTest:
    """The checks, sharing one temporary folder, the sample project and one QApplication."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.project: Project | None = None
        self.app: QCoreApplication | None = None

    # -- helpers -------------------------------------------------------------------------------
    def _project(self) -> Project:
        if self.project is None:
            from zoneeditor.io.session import Session

            # Not durable: the self-test must never leave a journal in the user's folders.
            self.project = Session.sample(durable=False).document.project
        return self.project

    def _qt_app(self) -> QCoreApplication:
        if self.app is None:
            from PySide6.QtWidgets import QApplication

            self.app = QApplication.instance() or QApplication(["zoneeditor-self-test"])
        return self.app

    # -- the checks ----------------------------------------------------------------------------
    def check_resources(self) -> str:
        """The bundled data is there and loads: sample, basemap, gazetteer, fonts."""
        from zoneeditor.io.basemap import load_basemap
        from zoneeditor.io.fonts import font_paths
        from zoneeditor.io.gazetteer import load_gazetteer
        from zoneeditor.io.session import sample_path

        _require(sample_path().is_file(), f"sample project missing: {sample_path()}")
        basemap = load_basemap()
        countries = len(basemap.countries)
        gazetteer = load_gazetteer()
        town, km = gazetteer.nearest(36.63, 35.93)  # Idlib city
        fonts = font_paths()
        _require(len(fonts) >= 4, f"only {len(fonts)} fonts found")
        return (f"sample, basemap ({countries} countries), gazetteer (nearest to Idlib: "
                f"{town.name}, {km:.1f} km), {len(fonts)} fonts")

    def check_reproject(self) -> str:
        """PROJ and its database work: WGS 84 -> UTM 37N and back, and a geodesic area."""
        import pyproj

        from zoneeditor.core.geodesy import area_km2

        forward = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)
        back = pyproj.Transformer.from_crs("EPSG:32637", "EPSG:4326", always_xy=True)
        lon, lat = 36.63, 35.93
        x, y = forward.transform(lon, lat)
        # Idlib lies west of zone 37's central meridian (39° E): easting below 500 km.
        _require(200_000 < x < 500_000 and 3_900_000 < y < 4_100_000,
                 f"UTM 37N gave implausible {x:.0f} E {y:.0f} N")
        lon2, lat2 = back.transform(x, y)
        error = max(abs(lon2 - lon), abs(lat2 - lat))
        _require(error < 1e-7, f"round trip off by {error:.2e} degrees")
        zone = self._project().agreed.get(PROBE_ZONE)
        if zone is None:
            raise CheckFailed(f"sample has no {PROBE_ZONE}")
        area = area_km2(zone.geometry)
        _require(area > 0, "geodesic area is zero")
        return (f"UTM 37N {x / 1000:.1f} km E {y / 1000:.1f} km N, round trip {error:.0e}°, "
                f"Idlib zone {area:,.0f} km² (PROJ {pyproj.proj_version_str})")

    def check_open(self) -> str:
        """The sample opens and holds the agreed baseline and the proposal."""
        project = self._project()
        versions = list(project.versions)
        _require(PROPOSAL in versions, f"no version {PROPOSAL!r} (have {versions})")
        counts = {layer: len(project.agreed.layer(layer)) for layer in ("zones", "lines",
                                                                          "points")}
        _require(counts["zones"] > 0, "the agreed baseline has no zones")
        return (f"{len(versions)} versions; agreed: {counts['zones']} zones, "
                f"{counts['lines']} lines, {counts['points']} points")

    def check_window(self) -> str:
        """The editor window builds offscreen, paints the map, and closes without asking."""
        from PySide6.QtCore import QSettings

        from zoneeditor.gui.main_window import MainWindow
        from zoneeditor.io.session import Session

        app = self._qt_app()
        settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        with _LogCatcher("zoneeditor") as errors:  # add-ons that fail log and carry on
            window = MainWindow(Session.sample(durable=False), settings=settings)
        try:
            if errors.records:
                first = errors.records[0].getMessage().splitlines()
                last = next((ln for ln in reversed(first) if ln.strip()), "")
                raise CheckFailed(f"the window opened but {len(errors.records)} part(s) failed "
                                  f"to load: {first[0]} {last.strip()}")
            window.resize(1200, 800)
            window.show()
            if hasattr(window, "wait_background"):
                window.wait_background(30.0)
            for _ in range(5):
                app.processEvents()
            image = window.canvas.grab().toImage()
            w, h = image.width(), image.height()
            _require(w > 100 and h > 100, f"canvas is only {w}x{h} pixels")
            colours = set()
            step = max(1, min(w, h) // 60)
            for yy in range(0, h, step):
                for xx in range(0, w, step):
                    colours.add(image.pixel(xx, yy))
            _require(len(colours) > 8, f"the map looks blank ({len(colours)} colours)")
            menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
            _require(len(menus) >= 4, f"only {len(menus)} menus")
            figure = f"canvas {w}x{h}, {len(colours)} colours sampled, menus: {', '.join(menus)}"
        finally:
            window.document.history.set_clean()  # never prompt: nothing of the user's here
            window.close()
            window.deleteLater()
            app.processEvents()
        return figure

    def check_journal(self) -> str:
        """An edit is journaled beside the project before it counts, a save writes it, and
        closing removes the journal (on a private copy of the sample)."""
        from zoneeditor.core.edits import set_attributes
        from zoneeditor.io.journal import journal_path_for
        from zoneeditor.io.project_file import read_project
        from zoneeditor.io.session import Session, sample_path

        copy = self.folder / "journal-check.gpkg"
        shutil.copyfile(sample_path(), copy)
        journal = journal_path_for(copy)
        session = Session.open(copy)
        try:
            doc = session.document
            doc.current_version = PROPOSAL
            zone = doc.version.get(PROBE_ZONE)
            if zone is None:
                raise CheckFailed(f"{PROPOSAL} has no {PROBE_ZONE}")
            doc.history.push(set_attributes(doc.version, zone, notes="self-test"))
            _require(journal.is_file() and journal.stat().st_size > 0,
                     "the edit was not journaled beside the project")
            size = journal.stat().st_size
            session.save()
            saved = read_project(copy).versions[PROPOSAL].get(PROBE_ZONE)
            _require(saved is not None and saved.attributes.get("notes") == "self-test",
                     "the saved file does not hold the edit")
        finally:
            session.close()
        _require(not journal.exists(), "the journal was left behind after closing")
        return (f"edit journaled ({size // 1024} kB), saved and read back, journal removed "
                f"on close")

    def check_diff(self) -> str:
        """The diff engine compares agreed with the proposal and finds the changes."""
        from zoneeditor.core.diff import diff_versions
        from zoneeditor.io.gazetteer import load_gazetteer

        project = self._project()
        report = diff_versions(project.agreed, project.versions[PROPOSAL], load_gazetteer())
        _require(not report.is_empty, f"no difference found between agreed and {PROPOSAL}")
        gained = sum(fd.measures.gained_km2 or 0 for fd in report.changed)
        lost = sum(fd.measures.lost_km2 or 0 for fd in report.changed)
        _require(gained + lost > 0, "changed zones but no area gained or lost")
        moved = sum(t.area_km2 for t in report.transfers)
        return (f"{len(report.changed)} features changed, {gained:,.1f} km² gained, "
                f"{lost:,.1f} km² lost, {moved:,.1f} km² between parties")

    def check_export(self) -> str:
        """A shapefile export of the proposal, read back with fiona (not our own reader)."""
        import fiona

        from zoneeditor.io.exchange import export_versions

        project = self._project()
        out = self.folder / "export"
        report = export_versions(project, [PROPOSAL], "shp", out)
        shapefiles = [p for p in report.written if p.suffix.lower() == ".shp"]
        _require(bool(shapefiles), f"no .shp written (wrote {[p.name for p in report.written]})")
        want = project.versions[PROPOSAL].get(PROBE_ZONE)
        total, arabic_ok = 0, False
        for shp in shapefiles:
            _require(shp.with_suffix(".prj").is_file(), f"{shp.name} has no .prj")
            _require(shp.with_suffix(".cpg").is_file(), f"{shp.name} has no .cpg")
            with fiona.open(shp) as src:
                _require(src.crs is not None and src.crs.to_epsg() == 4326,
                         f"{shp.name}: CRS {src.crs} is not WGS 84")
                for rec in src:
                    total += 1
                    props = dict(rec["properties"])
                    if want is not None and want.attributes.get("name_local") in props.values():
                        arabic_ok = True
        expected = len(project.versions[PROPOSAL])
        _require(total == expected, f"read back {total} features, expected {expected}")
        _require(arabic_ok, "the Arabic name of the Idlib zone did not survive")
        return (f"{total} features in {len(shapefiles)} shapefiles read back, "
                f"Arabic names intact (GDAL {fiona.__gdal_version__})")

    def check_geopackage(self) -> str:
        """The project file format: write a copy, read it back, same content (fingerprints)."""
        from zoneeditor.core.fingerprint import fingerprint, short
        from zoneeditor.io.project_file import read_project, write_project

        project = self._project()
        target = self.folder / "round-trip.gpkg"
        write_project(project, target)
        again = read_project(target)
        _require(list(again.versions) == list(project.versions), "versions differ")
        for name, version in project.versions.items():
            a, b = fingerprint(version), fingerprint(again.versions[name])
            _require(a == b, f"version {name!r} changed in the round trip")
        agreed = short(fingerprint(project.agreed))
        return (f"{len(project.versions)} versions identical after write and read "
                f"({target.stat().st_size // 1024} kB, agreed {agreed})")

    def _print(self, name: str, **options: Any) -> str:
        """Print the proposal to ``name`` and check the PDF; returns the figure."""
        from zoneeditor.render.print_layout import PrintJob
        from zoneeditor.render.print_options import PrintOptions

        self._qt_app()
        target = self.folder / name
        job = PrintJob(self._project(), PROPOSAL, PrintOptions(**options))
        results = job.write_pdf(target)
        data = target.read_bytes()
        _require(data.startswith(b"%PDF-"), "the output is not a PDF")
        _require(b"%%EOF" in data[-1024:], "the PDF is truncated")
        _require(b"/FontFile2" in data, "no font is embedded")
        _require(b"NotoNaskhArabic" in data, "the Arabic font is not embedded")
        return (f"{len(results)} page(s), {len(data) // 1024} kB, "
                f"Noto Sans and Noto Naskh Arabic embedded")

    def check_print(self) -> str:
        """A PDF sheet of the proposal, fonts embedded (Arabic included)."""
        return self._print("sheet.pdf")

    def check_print_diff(self) -> str:
        """A PDF sheet of the proposal with its changes against the agreed lines overlaid."""
        return self._print("sheet-changes.pdf", diff_against="agreed")

    def check_raster(self) -> str:
        """A raster reference end to end: a small GeoTIFF in UTM 37N (written with rasterio)
        is described by the reader child (``--reference-worker`` in a bundle), reprojected to
        lon/lat by rasterio's GDAL and PROJ and drawn through the canvas's tile painter; and
        fiona opens the sample GeoPackage in the same process (both GDAL bindings loaded)."""
        import fiona
        import numpy as np
        import rasterio
        from PySide6.QtGui import QColor, QImage, QPainter
        from rasterio.transform import from_origin

        from zoneeditor.core.viewport import Viewport
        from zoneeditor.io.reference import RasterData, new_reference
        from zoneeditor.io.session import sample_path
        from zoneeditor.render.reference_raster import RasterTiles

        self._qt_app()
        tif = self.folder / "raster-check.tif"
        size = 64  # 64 x 64 pixels of 100 m near Idlib: red west half, blue east half
        bands = np.zeros((3, size, size), dtype=np.uint8)
        bands[0, :, : size // 2] = 255
        bands[2, :, size // 2:] = 255
        with rasterio.open(tif, "w", driver="GTiff", width=size, height=size, count=3,
                           dtype="uint8", crs="EPSG:32637",
                           transform=from_origin(280_000, 3_985_000, 100, 100)) as dst:
            dst.write(bands)
        layer, data = new_reference(tif)  # described in the reader child, as for a user
        if not isinstance(data, RasterData):
            raise CheckFailed(f"read as {type(data).__name__}, not a raster")
        info = data.source.info
        _require(info.crs == "EPSG:32637" and (info.width, info.height) == (size, size),
                 f"described as {info.width}x{info.height} in {info.crs}")
        w, s, e, n = data.bounds
        _require(36.5 < w < e < 36.7 and 35.9 < s < n < 36.1,
                 f"extent {w:.3f} {s:.3f} {e:.3f} {n:.3f} is not near Idlib")
        pixels = data.source.render(data.bounds, 32, 32)
        if pixels is None:
            raise CheckFailed("rendering its own extent gave nothing")
        west, east = pixels[16, 4], pixels[16, 27]
        _require(west[0] > 200 and west[2] < 50 and east[2] > 200 and east[0] < 50
                 and west[3] == 255 and east[3] == 255,
                 f"reprojected pixels west {tuple(west)} / east {tuple(east)}")
        # drawn as the canvas draws it (tiles, unthreaded: read when asked for)
        image = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        cx, cy = (w + e) / 2, (s + n) / 2
        view = Viewport(cx, cy, ppd=150 / (n - s), width=200, height=200, ref_lat=cy)
        tiles = RasterTiles(threaded=False)
        painter = QPainter(image)
        try:
            missing = tiles.paint(painter, view, data.source)
        finally:
            painter.end()
            data.source.close()
        _require(missing == 0, f"{missing} tile(s) could not be read")
        left, right, corner = (QColor(image.pixel(x, y)) for x, y in
                               ((70, 100), (130, 100), (2, 2)))
        _require(left.red() > 200 and left.blue() < 60 and right.blue() > 200
                 and right.red() < 60 and corner == QColor("white"),
                 f"drawn: west {left.name()}, east {right.name()}, outside {corner.name()}")
        # both GDAL bindings in one process (in the bundle they share one libgdal)
        with fiona.open(sample_path(), layer="zones__agreed") as zones:
            count = len(zones)
        _require(count > 0, "fiona read no zones from the sample beside rasterio")
        return (f"{layer.kind} {info.width}x{info.height} {info.crs} described in the reader "
                f"child, reprojected and drawn; fiona read {count} zones beside it "
                f"(GDAL {rasterio.__gdal_version__} / {fiona.__gdal_version__}"
                f"{_gdal_copies()})")

    def check_pdf_page(self) -> str:
        """A page of a PDF annex rendered with pdfium in the reader child, as the
        georeferencer reads it: a one-page PDF (written with Qt) comes back as pixels."""
        from PySide6.QtCore import QMarginsF, QRectF, QSizeF
        from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

        from zoneeditor.io.reference.scan import load_scan

        self._qt_app()
        pdf = self.folder / "annex.pdf"
        writer = QPdfWriter(str(pdf))
        writer.setResolution(72)
        writer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(100, 50), QPageSize.Unit.Millimeter, "annex"),
            QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter(writer)
        try:
            box = painter.viewport()
            half = box.width() / 2
            painter.fillRect(QRectF(0, 0, half, box.height()), QColor(200, 0, 0))
            painter.fillRect(QRectF(half, 0, box.width() - half, box.height()),
                             QColor(0, 0, 200))
        finally:
            painter.end()
        scan = load_scan(pdf, page=0, dpi=72.0)
        expected = (round(100 / 25.4 * 72), round(50 / 25.4 * 72))  # (283, 142) pixels
        _require(scan.pages == 1, f"{scan.pages} pages, expected 1")
        _require(abs(scan.width - expected[0]) <= 2 and abs(scan.height - expected[1]) <= 2,
                 f"rendered {scan.width}x{scan.height}, expected about "
                 f"{expected[0]}x{expected[1]}")
        left = scan.pixels[scan.height // 2, scan.width // 4]
        right = scan.pixels[scan.height // 2, 3 * scan.width // 4]
        _require(left[0] > 150 and left[2] < 60 and right[2] > 150 and right[0] < 60,
                 f"page colours west {tuple(left)} / east {tuple(right)}")
        import pypdfium2

        return (f"1 page rendered by pdfium in the reader child, {scan.width}x{scan.height} "
                f"pixels at 72 dpi, colours right (pypdfium2 {pypdfium2.version.PYPDFIUM_INFO})")

    def check_team_client(self) -> str:
        """The team server client: psycopg with its own libpq (the binary wheel) loads and
        builds a connection string; nothing connects."""
        import psycopg
        from psycopg import pq
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        from zoneeditor.io.team.address import describe, without_password

        conninfo = make_conninfo(host="team.example", port=5433, dbname="talks",
                                 user="delegate", password="secret", sslmode="require")
        params = conninfo_to_dict(conninfo)
        _require(params.get("port") == "5433" and params.get("password") == "secret",
                 f"connection string {conninfo!r} does not round-trip")
        stored = without_password(conninfo)
        _require("secret" not in stored and "sslmode" in stored,
                 f"the stored address {stored!r} keeps the password or loses sslmode")
        version = pq.version()  # calls into libpq: it is loaded, not only importable
        _require(version >= 100000, f"libpq reports version {version}")
        return (f"{describe(conninfo)} ({stored}), psycopg {psycopg.__version__} with "
                f"libpq {version // 10000}.{version % 10000} ({pq.__impl__})")

    def check_translations(self) -> str:
        """The Arabic and Russian interface files load and translate the menus, and Qt's own
        translations (standard buttons, file and print dialogs) are there too."""
        from PySide6.QtCore import QCoreApplication

        from zoneeditor import i18n

        self._qt_app()
        found = []
        for lang in ("ar", "ru"):
            translator = i18n.load_translator(lang)
            if translator is None:
                raise CheckFailed(f"{i18n.qm_path(lang).name} missing or unreadable")
            text = translator.translate("MainWindow", "&Undo") or ""
            _require(bool(text) and text != "&Undo", f"'Undo' is not translated to {lang}")
            qt_own = i18n.qt_translator(lang)  # standard buttons and dialogs
            if qt_own is None:
                raise CheckFailed(f"Qt's own {lang} translation (qtbase_{lang}.qm) is missing")
            cancel = qt_own.translate("QPlatformTheme", "Cancel")
            _require(bool(cancel) and cancel != "Cancel", f"Qt's 'Cancel' is not in {lang}")
            found.append(f"{lang} '{text.replace('&', '')}' / '{cancel}'")
        QCoreApplication.processEvents()
        return ", ".join(found)

    def check_text(self) -> str:
        """Qt's text services backed by ICU (the bundle ships ICU data for the interface
        languages only): Arabic and Russian sorting, a Windows-1256 converter, time zone
        names, locale case mapping."""
        from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

        self._qt_app()
        ru = QCollator(QLocale(QLocale.Language.Russian))
        words = ["Яблоко", "арбуз", "Ёж", "банан"]
        ordered = sorted(words, key=ru.sortKey)
        _require(ordered == ["арбуз", "банан", "Ёж", "Яблоко"], f"Russian sorting {ordered}")
        ar = QCollator(QLocale(QLocale.Language.Arabic))
        names = ["حمص", "إدلب", "دمشق"]
        _require(sorted(names, key=ar.sortKey) == ["إدلب", "حمص", "دمشق"], "Arabic sorting")
        # not one of Qt's built-in codecs: only ICU's converters provide it
        _require(QStringDecoder("windows-1256").isValid()
                 and "windows-1256" in QStringDecoder.availableCodecs(),
                 "no Windows-1256 converter")
        zone = QTimeZone(b"Asia/Damascus")
        name = zone.displayName(QTimeZone.TimeType.StandardTime,
                                QTimeZone.NameType.LongName, QLocale(QLocale.Language.Arabic))
        _require(zone.isValid() and bool(name), "no time zone name")
        upper = QLocale(QLocale.Language.Russian).toUpper("ёлка")
        _require(upper == "ЁЛКА", f"Russian upper case {upper!r}")
        return f"ru/ar collation, windows-1256, {name}, {upper}"

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        """The checks in the order they run (cheap and fundamental first)."""
        return [
            ("resources", self.check_resources),
            ("open sample", self.check_open),
            ("reproject", self.check_reproject),
            ("geopackage", self.check_geopackage),
            ("journal", self.check_journal),
            ("window", self.check_window),
            ("diff", self.check_diff),
            ("export shp", self.check_export),
            ("raster", self.check_raster),
            ("pdf page", self.check_pdf_page),
            ("team client", self.check_team_client),
            ("print pdf", self.check_print),
            ("print changes", self.check_print_diff),
            ("translations", self.check_translations),
            ("text", self.check_text),
        ]


def _gdal_copies() -> str:
    """How many GDAL libraries this process has mapped, as a figure (Linux, where /proc
    tells; empty elsewhere): one when fiona and rasterio share a GDAL, as in the bundle."""
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    files = {os.path.realpath(line.split(None, 5)[5].strip()) for line in maps.splitlines()
             if len(line.split(None, 5)) == 6 and "libgdal" in line.split(None, 5)[5]}
    return f", {len(files)} libgdal in memory" if files else ""


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
        test = SelfTest(folder)
        for name, check in test.checks():
            start = time.perf_counter()
            try:
                figure, ok = check(), True
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
        if test.app is not None:
            test.app.processEvents()
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
