"""Boundary files in the schemas real publishers use, written with fiona (issue #12).

One set of six "governorates" tiles a box in northern Syria; their borders wander (a
smooth displacement field moves every vertex, so shared borders stay shared). Each
publisher's file holds the same units drawn at another resolution, with its own ids, codes
and spellings:

- ``ocha``: OCHA COD shapefile (``ADM1_EN``, ``ADM1_AR``, ``ADM1_PCODE``, ``ADM0_*``), the
  detailed drawing (a vertex every ~0.005°);
- ``geoboundaries``: geoBoundaries GeoJSON (``shapeName``, ``shapeISO``, ``shapeID``,
  ``shapeGroup``, ``shapeType``), simplified to ~0.03°; one unit's border is really moved
  (``MOVED``) by ``MOVE_KM``; names in other transliterations; one unit under an exonym;
- ``gadm``: GADM shapefile (``GID_1``, ``NAME_1``, ``VARNAME_1``, ``NL_NAME_1``, ``HASC_1``);
- ``naturalearth``: Natural Earth shapefile (``name``, ``name_ar``, ``name_ru``,
  ``iso_3166_2``, ``adm1_code``), upper-case columns;
- ``osm``: OSM GeoJSON (``name`` in Arabic, ``name:en``, ``name:ar``, ``ISO3166-2``);
- ``unknown``: a GeoJSON in a schema nobody recognises (German column names), which needs
  a mapping by hand.

Fixtures: ``realdata`` (a folder with every file, made once per session) and the builder
functions for tests that want their own variants.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import mapping

#: (English name, Arabic, Russian, P-code, ISO 3166-2, alternate spellings used by others)
UNITS = [
    ("Idlib", "إدلب", "Идлиб", "SY07", "SY-ID", "Idleb"),
    ("Aleppo", "حلب", "Алеппо", "SY02", "SY-HL", "Halab"),
    ("Hama", "حماة", "Хама", "SY05", "SY-HM", "Hamah"),
    ("Deir-ez-Zor", "دير الزور", "Дейр-эз-Зор", "SY09", "SY-DY", "Dayr az Zawr"),
    ("Ar-Raqqa", "الرقة", "Ракка", "SY11", "SY-RA", "Raqqah"),
    ("Al-Hasakeh", "الحسكة", "Хасака", "SY08", "SY-HA", "Al Hasakah"),
]
BOX = (36.0, 35.0, 39.0, 36.5)
#: The unit whose border geoBoundaries really moves, and by how much (km, eastwards).
MOVED = "Hama"
MOVE_KM = 6.0


def _field(xy: np.ndarray) -> np.ndarray:
    """A smooth displacement (degrees) so that borders wander like real ones."""
    x, y = xy[:, 0], xy[:, 1]
    dx = 0.04 * np.sin(7.0 * y + 1.3) + 0.015 * np.sin(23.0 * y)
    dy = 0.04 * np.sin(6.0 * x + 0.4) + 0.015 * np.sin(19.0 * x + 2.0)
    return np.column_stack([x + dx, y + dy])


def truth(step: float = 0.005) -> dict[str, shapely.Polygon]:
    """The six units: a 3 x 2 grid of the box, borders wandering, a vertex every ``step``."""
    x0, y0, x1, y1 = BOX
    out = {}
    for i, unit in enumerate(UNITS):
        col, row = i % 3, i // 3
        w, h = (x1 - x0) / 3, (y1 - y0) / 2
        cell = shapely.box(x0 + col * w, y0 + row * h, x0 + (col + 1) * w, y0 + (row + 1) * h)
        cell = shapely.segmentize(cell, step)
        out[unit[0]] = shapely.transform(cell, _field)
    return out


def moved(poly: shapely.Polygon, km: float) -> shapely.Polygon:
    """``poly`` with its eastern part pushed east by ``km``: a real change of the border."""
    x0, _, x1, _ = poly.bounds
    mid = (x0 + x1) / 2
    deg = km / (111.32 * math.cos(math.radians(poly.centroid.y)))

    def push(xy: np.ndarray) -> np.ndarray:
        out = xy.copy()
        east = out[:, 0] > mid + (x1 - mid) * 0.5
        out[east, 0] += deg
        return out

    return shapely.make_valid(shapely.transform(poly, push))


def _write(path: Path, driver: str, props_schema: dict, rows: list[tuple[dict, object]],
           encoding: str = "utf-8") -> Path:
    import fiona
    from fiona.crs import CRS

    geom = "MultiPolygon" if driver == "ESRI Shapefile" else "Unknown"
    with fiona.open(path, "w", driver=driver, crs=CRS.from_epsg(4326), encoding=encoding,
                    schema={"geometry": geom if driver != "GeoJSON" else "Unknown",
                            "properties": props_schema}) as sink:
        for props, g in rows:
            if driver == "ESRI Shapefile" and g.geom_type == "Polygon":
                g = shapely.MultiPolygon([g])
            sink.write({"geometry": mapping(g), "properties": props})
    return path


def ocha(folder: Path, shapes: dict[str, shapely.Polygon] | None = None) -> Path:
    """OCHA COD ADM1 shapefile (UTF-8, .cpg), detailed."""
    shapes = shapes or truth()
    schema = {"ADM1_EN": "str:50", "ADM1_AR": "str:50", "ADM1_PCODE": "str:10",
              "ADM1_REF": "str:50", "ADM0_EN": "str:30", "ADM0_AR": "str:30",
              "ADM0_PCODE": "str:5", "date": "date", "validOn": "date", "validTo": "date"}
    rows = [({"ADM1_EN": en, "ADM1_AR": ar, "ADM1_PCODE": pc, "ADM1_REF": en,
              "ADM0_EN": "Syrian Arab Republic", "ADM0_AR": "الجمهورية العربية السورية",
              "ADM0_PCODE": "SY", "date": "2019-12-16", "validOn": "2023-01-19",
              "validTo": None}, shapes[en]) for en, ar, _, pc, _, _ in UNITS]
    folder.mkdir(parents=True, exist_ok=True)
    return _write(folder / "syr_admbnda_adm1_uncs.shp", "ESRI Shapefile", schema, rows)


def geoboundaries(folder: Path, simplify: float = 0.03) -> Path:
    """geoBoundaries ADM1 GeoJSON: simplified, other spellings, one unit's border moved."""
    shapes = truth()
    rows = []
    for n, (en, _, _, _, iso, alt) in enumerate(UNITS):
        g = shapes[en] if en != MOVED else moved(shapes[en], MOVE_KM)
        g = shapely.simplify(g, simplify, preserve_topology=True)
        rows.append(({"shapeName": alt, "shapeISO": iso,
                      "shapeID": f"SYR-ADM1-3_0_0-B{n + 1}", "shapeGroup": "SYR",
                      "shapeType": "ADM1"}, g))
    folder.mkdir(parents=True, exist_ok=True)
    schema = {"shapeName": "str", "shapeISO": "str", "shapeID": "str", "shapeGroup": "str",
              "shapeType": "str"}
    return _write(folder / "geoBoundaries-SYR-ADM1.geojson", "GeoJSON", schema, rows)


def gadm(folder: Path) -> Path:
    """GADM level-1 shapefile: GID_1, NAME_1 (other spellings), VARNAME_1, NL_NAME_1, HASC_1."""
    shapes = truth(0.01)
    schema = {"GID_0": "str:3", "COUNTRY": "str:20", "GID_1": "str:10", "NAME_1": "str:40",
              "VARNAME_1": "str:80", "NL_NAME_1": "str:60", "TYPE_1": "str:20",
              "ENGTYPE_1": "str:20", "CC_1": "str:5", "HASC_1": "str:8", "ISO_1": "str:8"}
    rows = []
    for n, (en, ar, _, _, iso, alt) in enumerate(UNITS):
        rows.append(({"GID_0": "SYR", "COUNTRY": "Syria", "GID_1": f"SYR.{n + 1}_1",
                      "NAME_1": alt, "VARNAME_1": f"{en}|{alt}", "NL_NAME_1": ar,
                      "TYPE_1": "Muhafazah", "ENGTYPE_1": "Province", "CC_1": "",
                      "HASC_1": "SY." + iso[3:], "ISO_1": iso}, shapes[en]))
    folder.mkdir(parents=True, exist_ok=True)
    return _write(folder / "gadm41_SYR_1.shp", "ESRI Shapefile", schema, rows)


def naturalearth(folder: Path) -> Path:
    """Natural Earth admin-1 shapefile, upper-case columns, names in several languages."""
    shapes = truth(0.02)
    schema = {"FEATURECLA": "str:20", "NAME": "str:40", "NAME_AR": "str:60",
              "NAME_RU": "str:60", "NAME_EN": "str:40", "ISO_3166_2": "str:8",
              "ADM1_CODE": "str:10", "ISO_A2": "str:2"}
    rows = [({"FEATURECLA": "Admin-1 states provinces", "NAME": en, "NAME_AR": ar,
              "NAME_RU": ru, "NAME_EN": f"{en} Governorate", "ISO_3166_2": iso,
              "ADM1_CODE": f"SYR-{n + 100}", "ISO_A2": "SY"}, shapes[en])
            for n, (en, ar, ru, _, iso, _) in enumerate(UNITS)]
    folder.mkdir(parents=True, exist_ok=True)
    return _write(folder / "ne_10m_admin_1_states_provinces.shp", "ESRI Shapefile", schema,
                  rows)


def osm(folder: Path) -> Path:
    """An OSM export as GeoJSON: ``name`` in Arabic (local), ``name:en``, ``ISO3166-2``."""
    shapes = truth(0.01)
    features = [{"type": "Feature", "properties": {
        "osm_id": f"relation/{1000 + n}", "name": f"محافظة {ar}", "name:ar": f"محافظة {ar}",
        "name:en": f"{en} Governorate", "name:ru": ru, "ISO3166-2": iso, "admin_level": "4"},
        "geometry": mapping(shapes[en])} for n, (en, ar, ru, _, iso, _) in enumerate(UNITS)]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "osm-admin4.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                               ensure_ascii=False), encoding="utf-8")
    return path


def unknown(folder: Path, stem: str = "gebiete") -> Path:
    """A GeoJSON in a schema nobody recognises (German column names): a user must say which
    column is the name (``BEZEICHNUNG``), the local name (``ORTSNAME``), the party
    (``SEITE``) and the code (``SCHLUESSEL``)."""
    shapes = truth(0.02)
    features = [{"type": "Feature", "properties": {
        "BEZEICHNUNG": en, "ORTSNAME": ar, "SEITE": ("Regierung", "Opposition")[n % 2],
        "SCHLUESSEL": pc, "FLAECHE_KM2": round(shapes[en].area * 9000, 1)},
        "geometry": mapping(shapes[en])} for n, (en, ar, _, pc, _, _) in enumerate(UNITS)]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                               ensure_ascii=False), encoding="utf-8")
    return path


def hausdorff_km(a, b) -> float:
    """Largest distance between two zones' boundaries, found independently of the diff: both
    boundaries sampled every 100 m in one local metric projection, nearest distances."""
    from zoneeditor.core.geodesy import to_local

    la, _ = to_local(a.boundary, around=a)
    lb, _ = to_local(b.boundary, around=a)
    out = 0.0
    for p, q in ((la, lb), (lb, la)):
        pts = shapely.points(shapely.get_coordinates(shapely.segmentize(p, 100.0)))
        out = max(out, float(shapely.distance(pts, q).max()))
    return out / 1000.0


@pytest.fixture(scope="session")
def realdata(tmp_path_factory) -> dict[str, Path]:
    """Every publisher's file of the six units (see module doc), made once per session."""
    folder = tmp_path_factory.mktemp("realdata")
    return {"ocha": ocha(folder / "ocha"), "geoboundaries": geoboundaries(folder / "gb"),
            "gadm": gadm(folder / "gadm"), "naturalearth": naturalearth(folder / "ne"),
            "osm": osm(folder / "osm"), "unknown": unknown(folder / "unknown")}
