"""Self-test checks of the data floors: bundled resources, PROJ, the sample, GeoPackage, the
journal, the diff, shapefile export and text handling (no window)."""

from __future__ import annotations

import re
import shutil

from zoneeditor.selftest.context import (
    PROBE_ZONE,
    PROPOSAL,
    CheckFailed,
    Context,
    bundle_folder,
    require,
)


def check_resources(ctx: Context) -> str:
    """The bundled data is there and loads: sample, basemap, gazetteer, fonts."""
    from zoneeditor.io.basemap import load_basemap
    from zoneeditor.io.fonts import font_paths
    from zoneeditor.io.gazetteer import load_gazetteer
    from zoneeditor.io.session import sample_path

    require(sample_path().is_file(), f"sample project missing: {sample_path()}")
    basemap = load_basemap()
    countries = len(basemap.countries)
    gazetteer = load_gazetteer()
    town, km = gazetteer.nearest(36.63, 35.93)  # Idlib city
    fonts = font_paths()
    require(len(fonts) >= 4, f"only {len(fonts)} fonts found")
    return (f"sample, basemap ({countries} countries), gazetteer (nearest to Idlib: "
            f"{town.name}, {km:.1f} km), {len(fonts)} fonts")


def check_licences(ctx: Context) -> str:
    """The bundle carries the licence texts of what it redistributes (packaging/licences.py):
    an index whose every part names texts that are there, none missing, Qt's LGPL among
    them. A Python install has each package's own licence files, as pip installed them."""
    bundle = bundle_folder()
    if bundle is None:
        return "a Python install: each package's licence is in its installed metadata"
    folder = bundle / "licences"
    index = folder / "README.txt"
    require(index.is_file(), "the bundle has no licences/README.txt")
    text = index.read_text(encoding="utf-8")
    named = re.findall(r"^  texts: (.+)$", text, flags=re.MULTILINE)
    require("NONE FOUND" not in text,
            f"{text.count('NONE FOUND')} part(s) of the bundle have no licence text")
    texts = [name for line in named for name in line.split(", ")]
    absent = [name for name in texts if not (folder / name).is_file()]
    require(not absent, f"licence texts named in the index are missing: {', '.join(absent[:3])}")
    qt = [part for part in text.split("\n\n") if part.startswith("PySide6")]
    require(bool(qt) and "LGPL-3.0-only.txt" in qt[0],
            "Qt's licence (the LGPL 3) is not among PySide6's texts in the index")
    return f"{len(named)} parts, {len(set(texts))} texts, Qt under the LGPL 3"


def check_reproject(ctx: Context) -> str:
    """PROJ and its database work: WGS 84 -> UTM 37N and back, and a geodesic area."""
    import pyproj

    from zoneeditor.core.geodesy import area_km2

    forward = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)
    back = pyproj.Transformer.from_crs("EPSG:32637", "EPSG:4326", always_xy=True)
    lon, lat = 36.63, 35.93
    x, y = forward.transform(lon, lat)
    # Idlib lies west of zone 37's central meridian (39° E): easting below 500 km.
    require(200_000 < x < 500_000 and 3_900_000 < y < 4_100_000,
             f"UTM 37N gave implausible {x:.0f} E {y:.0f} N")
    lon2, lat2 = back.transform(x, y)
    error = max(abs(lon2 - lon), abs(lat2 - lat))
    require(error < 1e-7, f"round trip off by {error:.2e} degrees")
    zone = ctx.project().agreed.get(PROBE_ZONE)
    if zone is None:
        raise CheckFailed(f"sample has no {PROBE_ZONE}")
    area = area_km2(zone.geometry)
    require(area > 0, "geodesic area is zero")
    return (f"UTM 37N {x / 1000:.1f} km E {y / 1000:.1f} km N, round trip {error:.0e}°, "
            f"Idlib zone {area:,.0f} km² (PROJ {pyproj.proj_version_str})")


def check_georef(_ctx: Context) -> str:
    """The georeferencer's fits work with the numpy this installation has (the bundle's is
    built without BLAS: its linear algebra is numpy's own): four corners of a scan, fitted
    affine, 2nd-order polynomial and thin-plate spline, land where they should."""
    from zoneeditor.core.georef import fit
    from zoneeditor.core.reference import ControlPoint

    corners = [(0, 0, 36.0, 36.0), (1000, 0, 36.1, 36.0), (0, 1000, 36.0, 35.9),
               (1000, 1000, 36.1, 35.9), (500, 0, 36.05, 36.0), (0, 500, 36.0, 35.95),
               (1000, 500, 36.1, 35.95), (500, 1000, 36.05, 35.9)]
    points = [ControlPoint(f"p{i}", px, py, lon, lat)
              for i, (px, py, lon, lat) in enumerate(corners)]
    worst = 0.0
    for method in ("affine", "polynomial2", "tps"):
        result = fit(points, method, "EPSG:4326")
        lon, lat = result.to_lonlat(500, 500)
        error = max(abs(lon - 36.05), abs(lat - 35.95))
        require(error < 1e-6, f"{method} fit puts the scan's centre {error:.1e}° off")
        worst = max(worst, error)
    return f"affine, polynomial and thin-plate fits, centre within {worst:.0e}°"


def check_open(ctx: Context) -> str:
    """The sample opens and holds the agreed baseline and the proposal."""
    project = ctx.project()
    versions = list(project.versions)
    require(PROPOSAL in versions, f"no version {PROPOSAL!r} (have {versions})")
    counts = {layer: len(project.agreed.layer(layer)) for layer in ("zones", "lines",
                                                                      "points")}
    require(counts["zones"] > 0, "the agreed baseline has no zones")
    return (f"{len(versions)} versions; agreed: {counts['zones']} zones, "
            f"{counts['lines']} lines, {counts['points']} points")


def check_geopackage(ctx: Context) -> str:
    """The project file format: write a copy, read it back, same content (fingerprints)."""
    from zoneeditor.core.fingerprint import fingerprint, short
    from zoneeditor.io.project_file import read_project, write_project

    project = ctx.project()
    target = ctx.folder / "round-trip.gpkg"
    write_project(project, target)
    again = read_project(target)
    require(list(again.versions) == list(project.versions), "versions differ")
    for name, version in project.versions.items():
        a, b = fingerprint(version), fingerprint(again.versions[name])
        require(a == b, f"version {name!r} changed in the round trip")
    agreed = short(fingerprint(project.agreed))
    return (f"{len(project.versions)} versions identical after write and read "
            f"({target.stat().st_size // 1024} kB, agreed {agreed})")


def check_journal(ctx: Context) -> str:
    """An edit is journaled beside the project before it counts, a save writes it, and
    closing removes the journal (on a private copy of the sample)."""
    from zoneeditor.core.edits import set_attributes
    from zoneeditor.io.journal import journal_path_for
    from zoneeditor.io.project_file import read_project
    from zoneeditor.io.session import Session, sample_path

    copy = ctx.folder / "journal-check.gpkg"
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
        require(journal.is_file() and journal.stat().st_size > 0,
                 "the edit was not journaled beside the project")
        size = journal.stat().st_size
        session.save()
        saved = read_project(copy).versions[PROPOSAL].get(PROBE_ZONE)
        require(saved is not None and saved.attributes.get("notes") == "self-test",
                 "the saved file does not hold the edit")
    finally:
        session.close()
    require(not journal.exists(), "the journal was left behind after closing")
    return (f"edit journaled ({size // 1024} kB), saved and read back, journal removed "
            f"on close")


def check_diff(ctx: Context) -> str:
    """The diff engine compares agreed with the proposal and finds the changes."""
    from zoneeditor.core.diff import diff_versions
    from zoneeditor.io.gazetteer import load_gazetteer

    project = ctx.project()
    report = diff_versions(project.agreed, project.versions[PROPOSAL], load_gazetteer())
    require(not report.is_empty, f"no difference found between agreed and {PROPOSAL}")
    gained = sum(fd.measures.gained_km2 or 0 for fd in report.changed)
    lost = sum(fd.measures.lost_km2 or 0 for fd in report.changed)
    require(gained + lost > 0, "changed zones but no area gained or lost")
    moved = sum(t.area_km2 for t in report.transfers)
    return (f"{len(report.changed)} features changed, {gained:,.1f} km² gained, "
            f"{lost:,.1f} km² lost, {moved:,.1f} km² between parties")


def check_export(ctx: Context) -> str:
    """A shapefile export of the proposal, read back with fiona (not our own reader)."""
    import fiona

    from zoneeditor.io.exchange import export_versions

    project = ctx.project()
    out = ctx.folder / "export"
    report = export_versions(project, [PROPOSAL], "shp", out)
    shapefiles = [p for p in report.written if p.suffix.lower() == ".shp"]
    require(bool(shapefiles), f"no .shp written (wrote {[p.name for p in report.written]})")
    want = project.versions[PROPOSAL].get(PROBE_ZONE)
    total, arabic_ok = 0, False
    for shp in shapefiles:
        require(shp.with_suffix(".prj").is_file(), f"{shp.name} has no .prj")
        require(shp.with_suffix(".cpg").is_file(), f"{shp.name} has no .cpg")
        with fiona.open(shp) as src:
            require(src.crs is not None and src.crs.to_epsg() == 4326,
                     f"{shp.name}: CRS {src.crs} is not WGS 84")
            for rec in src:
                total += 1
                props = dict(rec["properties"])
                if want is not None and want.attributes.get("name_local") in props.values():
                    arabic_ok = True
    expected = len(project.versions[PROPOSAL])
    require(total == expected, f"read back {total} features, expected {expected}")
    require(arabic_ok, "the Arabic name of the Idlib zone did not survive")
    return (f"{total} features in {len(shapefiles)} shapefiles read back, "
            f"Arabic names intact (GDAL {fiona.__gdal_version__})")


def check_text(ctx: Context) -> str:
    """Qt's text services backed by ICU (the bundle ships ICU data for the interface
    languages only): Arabic and Russian sorting, a Windows-1256 converter, time zone
    names, locale case mapping."""
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

    ctx.qt_app()
    ru = QCollator(QLocale(QLocale.Language.Russian))
    words = ["Яблоко", "арбуз", "Ёж", "банан"]
    ordered = sorted(words, key=ru.sortKey)
    require(ordered == ["арбуз", "банан", "Ёж", "Яблоко"], f"Russian sorting {ordered}")
    ar = QCollator(QLocale(QLocale.Language.Arabic))
    names = ["حمص", "إدلب", "دمشق"]
    require(sorted(names, key=ar.sortKey) == ["إدلب", "حمص", "دمشق"], "Arabic sorting")
    # not one of Qt's built-in codecs: only ICU's converters provide it
    require(QStringDecoder("windows-1256").isValid()
             and "windows-1256" in QStringDecoder.availableCodecs(),
             "no Windows-1256 converter")
    zone = QTimeZone(b"Asia/Damascus")
    name = zone.displayName(QTimeZone.TimeType.StandardTime,
                            QTimeZone.NameType.LongName, QLocale(QLocale.Language.Arabic))
    require(zone.isValid() and bool(name), "no time zone name")
    upper = QLocale(QLocale.Language.Russian).toUpper("ёлка")
    require(upper == "ЁЛКА", f"Russian upper case {upper!r}")
    return f"ru/ar collation, windows-1256, {name}, {upper}"
