"""Build the bad-input corpus in tests/data/bad/ (deterministic: same bytes every run).

Run ``python tests/data/make_bad_corpus.py`` to regenerate the committed small files. The
large cases (a million-vertex polygon, a zip bomb) and the unreadable file are made at test
time by ``make_large`` into a temporary folder. ``expected.json`` lists every case with its
outcome (ok, problems, unreadable), the exit status of ``zoneeditor validate`` and a
substring of the message a user must see.
"""

from __future__ import annotations

import io
import json
import math
import os
import random
import shutil
import sqlite3
import struct
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).parent / "bad"

# Small Syrian polygons (lon, lat) used throughout; names in Arabic and Russian.
IDLIB = [(36.35, 35.75), (36.95, 35.75), (36.95, 36.15), (36.35, 36.15), (36.35, 35.75)]
HAMA = [(36.60, 35.20), (37.10, 35.20), (37.10, 35.45), (36.60, 35.45), (36.60, 35.20)]
NAMES = [("Idlib", "إدلب", "Идлиб"), ("Hama", "حماة", "Хама"), ("Homs", "حمص", "Хомс"),
         ("Morek", "مورك", "Морек"), ("Surman", "الصرمان", "Сурман")]

CASES: list[dict] = []


def case(name: str, file: str, outcome: str, message: str) -> None:
    """Register an expectation: outcome ok (exit 0), problems (1) or unreadable (2)."""
    status = {"ok": 0, "problems": 1, "unreadable": 2}[outcome]
    CASES.append({"case": name, "file": file, "outcome": outcome, "exit": status,
                  "message": message})


def _fc(features: list[dict], **extra) -> str:
    return json.dumps({"type": "FeatureCollection", **extra, "features": features},
                      ensure_ascii=False, allow_nan=True)


def _feat(geometry, **props) -> dict:
    return {"type": "Feature", "properties": props, "geometry": geometry}


def _poly(ring) -> dict:
    return {"type": "Polygon", "coordinates": [[list(p) for p in ring]]}


def write(rel: str, data: bytes | str) -> Path:
    """Write one corpus file (text as UTF-8)."""
    path = HERE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _fix_dbf_date(dbf: Path) -> None:
    """GDAL stamps today's date in the .dbf header; pin it so the corpus is reproducible."""
    with dbf.open("r+b") as fh:
        fh.seek(1)
        fh.write(bytes([117, 1, 1]))  # 2017-01-01


def shapefile(folder: str, n: int = 5, encoding: str = "utf-8", prj: bool = True,
              text: list[str] | None = None) -> Path:
    """A valid polygon shapefile set with ``n`` zones named in Arabic (the base of many cases)."""
    import fiona
    from fiona.crs import CRS

    path = HERE / folder / "zones.shp"
    if path.parent.exists():
        shutil.rmtree(path.parent)
    path.parent.mkdir(parents=True)
    schema = {"geometry": "Polygon", "properties": {"zid": "str:32", "name": "str:40",
                                                    "name_local": "str:60"}}
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema, encoding=encoding,
                    crs=CRS.from_epsg(4326) if prj else None) as sink:
        for i in range(n):
            ring = [(x + 0.7 * i, y) for x, y in IDLIB]
            local = text[i % len(text)] if text else NAMES[i % 5][1]
            sink.write({"geometry": _poly(ring), "properties": {
                "zid": f"zone-{i}", "name": NAMES[i % 5][0], "name_local": local}})
    _fix_dbf_date(path.with_suffix(".dbf"))
    if not prj:
        path.with_suffix(".prj").unlink(missing_ok=True)
    return path


def shapefile_cases() -> None:
    """Damaged shapefile sets."""
    shp = shapefile("truncated_shp")
    data = shp.read_bytes()
    shp.write_bytes(data[: len(data) // 2])
    case("truncated .shp", "truncated_shp/zones.shp", "problems", "the .shp file is truncated")

    shp = shapefile("count_mismatch")
    other = shapefile("_tmp3", n=3)
    shutil.copyfile(other.with_suffix(".dbf"), shp.with_suffix(".dbf"))
    shutil.rmtree(other.parent)
    case(".shp/.shx/.dbf disagree", "count_mismatch/zones.shp", "problems",
         "the .dbf has 3 records but the .shp/.shx have 5 shapes")

    shp = shapefile("missing_dbf")
    shp.with_suffix(".dbf").unlink()
    case("missing .dbf", "missing_dbf/zones.shp", "problems",
         "the .dbf file (attributes) is missing")

    shp = shapefile("missing_shx")
    shp.with_suffix(".shx").unlink()
    case("missing .shx", "missing_shx/zones.shp", "problems", "the .shx index file is missing")

    shp = shapefile("garbage_prj")
    shp.with_suffix(".prj").write_text("PROJCS[this is not a coordinate system", "ascii")
    case(".prj is garbage", "garbage_prj/zones.shp", "problems",
         "the .prj file is not a coordinate system PROJ understands")

    shp = shapefile("compound_prj")
    shp.with_suffix(".prj").write_text(
        'COMPD_CS["WGS 84 + EGM96 height",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",'
        '6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],'
        'VERT_CS["EGM96 height",VERT_DATUM["EGM96 geoid",2005],UNIT["metre",1],'
        'AXIS["Gravity-related height",UP]]]', "ascii")
    case(".prj with a vertical datum", "compound_prj/zones.shp", "ok",
         "includes a vertical datum")

    shp = shapefile("wrong_cpg")
    shp.with_suffix(".cpg").write_text("1252", "ascii")
    case("wrong .cpg (says 1252, text is UTF-8)", "wrong_cpg/zones.shp", "problems",
         "the text looks garbled as cp1252")

    shp = shapefile("cp1256_no_cpg", encoding="cp1256")
    shp.with_suffix(".cpg").unlink(missing_ok=True)
    case("Windows-1256 text without .cpg", "cp1256_no_cpg/zones.shp", "problems",
         "cp1256 was used (the text reads as Arabic in cp1256)")

    shapefile("no_prj_lonlat", prj=False)
    case("no .prj, lon/lat coordinates", "no_prj_lonlat/zones.shp", "ok",
         "so WGS 84 (EPSG:4326) was assumed")

    write("zero_bytes/zones.shp", b"")
    case("zero-byte .shp", "zero_bytes/zones.shp", "unreadable", "the file is empty (0 bytes)")

    write("text_named.shp", "Idlib,36.6,35.9\nHama,36.8,35.3\n")
    case("text file named .shp", "text_named.shp", "unreadable",
         "not a shapefile: it is a text file")

    # Correct UTF-8 in scripts other than Arabic and Cyrillic is read as it is, never
    # called garbled, with or without a .cpg (issue #12: a suggested cp1256 would garble it).
    scripts = {"hebrew": ["חיפה", "תל אביב-יפו", "באר שבע"], "syriac": ["ܐܘܪܗܝ", "ܢܨܝܒܝܢ"],
               "armenian": ["Երևան", "Գյումրի"], "greek": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα"],
               "russian_tamil": ["Москва", "சென்னை", "Санкт-Петербург"]}
    for script, names in scripts.items():
        shapefile(f"utf8_{script}", n=3, text=names)
        case(f"UTF-8 {script} with .cpg (good)", f"utf8_{script}/zones.shp", "ok", ": valid")
    shp = shapefile("utf8_hebrew_no_cpg", n=3, text=scripts["hebrew"])
    shp.with_suffix(".cpg").unlink(missing_ok=True)
    case("UTF-8 Hebrew without .cpg", "utf8_hebrew_no_cpg/zones.shp", "ok",
         "utf-8 was used (the text is valid UTF-8)")
    shp = shapefile("cp1255_no_cpg", n=3, encoding="cp1255", text=scripts["hebrew"])
    shp.with_suffix(".cpg").unlink(missing_ok=True)
    case("Windows-1255 Hebrew without .cpg", "cp1255_no_cpg/zones.shp", "problems",
         "cp1255 was used (the text reads as Hebrew in cp1255)")


def projected_cases() -> None:
    """UTM files with and without a .prj."""
    import fiona
    from fiona.crs import CRS
    from pyproj import Transformer

    t = Transformer.from_crs(4326, 32637, always_xy=True)
    ring = [t.transform(x, y) for x, y in IDLIB]
    for folder, with_prj in (("utm_with_prj", True), ("utm_no_prj", False)):
        path = HERE / folder / "zones.shp"
        if path.parent.exists():
            shutil.rmtree(path.parent)
        path.parent.mkdir(parents=True)
        with fiona.open(path, "w", driver="ESRI Shapefile", encoding="utf-8",
                        crs=CRS.from_epsg(32637) if with_prj else None,
                        schema={"geometry": "Polygon", "properties": {"name": "str:20"}}) as s:
            s.write({"geometry": _poly([(round(x, 3), round(y, 3)) for x, y in ring]),
                     "properties": {"name": "Idlib"}})
        _fix_dbf_date(path.with_suffix(".dbf"))
        if not with_prj:
            path.with_suffix(".prj").unlink(missing_ok=True)
    case("UTM 37N with .prj (reprojected)", "utm_with_prj/zones.shp", "ok",
         "reprojected from WGS 84 / UTM zone 37N")
    case("UTM coordinates, no .prj", "utm_no_prj/zones.shp", "problems",
         "no coordinate system given (the .prj file is missing)")


def geojson_cases() -> None:
    """Broken GeoJSON, geometry and coordinate trouble."""
    write("zero_bytes.geojson", b"")
    case("zero-byte GeoJSON", "zero_bytes.geojson", "unreadable", "the file is empty (0 bytes)")
    bowtie = [(36.0, 35.0), (37.0, 36.0), (37.0, 35.0), (36.0, 36.0), (36.0, 35.0)]
    write("bowtie.geojson", _fc([_feat(_poly(bowtie), zid="z-bowtie", name="Bow tie")]))
    case("bow-tie polygon", "bowtie.geojson", "problems", "the boundary crosses itself")
    unclosed = {"type": "Polygon", "coordinates": [[list(p) for p in IDLIB[:-1]]]}
    write("unclosed_ring.geojson", _fc([_feat(unclosed, zid="z-open", name="Open")]))
    case("unclosed ring", "unclosed_ring.geojson", "problems",
         "a ring is not closed")
    nan_ring = [list(p) for p in IDLIB]
    nan_ring[2] = [math.nan, 36.15]
    write("nan_coordinates.geojson",
          _fc([_feat({"type": "Polygon", "coordinates": [nan_ring]}, name="NaN")]))
    case("NaN coordinate", "nan_coordinates.geojson", "problems",
         "a coordinate is not a finite number")
    inf_pt = {"type": "Point", "coordinates": [math.inf, 35.5]}
    write("infinite_coordinates.geojson", _fc([_feat(inf_pt, name="Infinity")]))
    case("infinite coordinate", "infinite_coordinates.geojson", "problems",
         "a coordinate is not a finite number")
    write("latitude_out_of_range.geojson",
          _fc([_feat({"type": "Point", "coordinates": [36.6, 135.9]}, name="Too far north")]))
    case("latitude out of range", "latitude_out_of_range.geojson", "problems",
         "is outside longitude/latitude range")
    ghouta = [(36.35, 33.45), (36.60, 33.45), (36.60, 33.62), (36.35, 33.62), (36.35, 33.45)]
    deir = [(40.00, 35.20), (40.30, 35.20), (40.30, 35.45), (40.00, 35.45), (40.00, 35.20)]
    swapped = [_feat(_poly([(y, x) for x, y in ring]), zid=f"z-{name.lower()}", name=name)
               for name, ring in (("Idlib", IDLIB), ("Hama", HAMA), ("Ghouta", ghouta),
                                  ("Deir ez-Zor", deir))]
    write("swapped_latlon.geojson", _fc(swapped))
    case("Syria given as lat,lon", "swapped_latlon.geojson", "problems",
         "latitude and longitude look swapped")
    write("empty_array_property.geojson",
          _fc([_feat(_poly(IDLIB), zid="z-1", name="Idlib", observers=[])]))
    case("empty-array property", "empty_array_property.geojson", "ok", ": valid")
    write("not_json.geojson", "{ \"type\": \"FeatureCollection\", \"features\": [ {,,} ")
    case("GeoJSON that is not JSON", "not_json.geojson", "unreadable", "not valid JSON")
    write("wrong_type.geojson", json.dumps({"type": "FeatureCollecton", "features": []}))
    case("GeoJSON with a wrong type", "wrong_type.geojson", "unreadable",
         "unknown type 'FeatureCollecton'")
    write("top_level_list.geojson", json.dumps([1, 2, 3]))
    case("GeoJSON whose top level is a list", "top_level_list.geojson", "unreadable",
         "the top level is a list")
    write("html_error_page.geojson",
          "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
          "<body><h1>502 Bad Gateway</h1></body></html>\n")
    case("HTML error page saved as .geojson", "html_error_page.geojson", "unreadable",
         "it is an HTML page, not GeoJSON")
    dup = [_feat(_poly(IDLIB), zid="same", name="Idlib"), _feat(_poly(HAMA), zid="same",
                                                                name="Hama")]
    write("duplicate_zid.geojson", _fc(dup))
    case("duplicate zid", "duplicate_zid.geojson", "problems", "id 'same' is used more than once")
    write("empty_layer.geojson", _fc([]))
    case("empty layer", "empty_layer.geojson", "problems", "has no features")
    rng = random.Random(5)
    long_note = "".join(rng.choice("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ") for _ in range(20_000))
    write("long_attribute.geojson", _fc([_feat(_poly(IDLIB), zid="z-1", name="Idlib",
                                               notes=long_note)]))
    case("long attribute value (20,000 characters, within the limit)",
         "long_attribute.geojson", "ok", ": valid")
    huge = "".join(rng.choice("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ") for _ in range(200_000))
    write("huge_attribute.geojson", _fc([_feat(_poly(IDLIB), zid="z-1", name="Idlib",
                                               notes=huge)]))
    case("huge attribute value (200,000 characters)", "huge_attribute.geojson", "unreadable",
         "feature 1 ('Idlib'): the value of column 'notes' is 384.0 KB of text; zoneeditor "
         "accepts at most 64.0 KB per value")
    write("columns_5000.geojson", _fc([_feat(_poly(IDLIB), zid="z-1", name="Idlib",
                                             **{f"c{i}": i for i in range(5000)})]))
    case("5,000 columns", "columns_5000.geojson", "unreadable",
         "has 5,002 columns; zoneeditor accepts at most 500")
    write("long_column_name.geojson", _fc([_feat(_poly(IDLIB), zid="z-1", name="Idlib",
                                                 **{"c" * 100_000: 1})]))
    case("column name of 100,000 characters", "long_column_name.geojson", "unreadable",
         "a column name 100,000 characters long")
    write("huge_integer.geojson", _fc([_feat(_poly(IDLIB), zid="z-1", name="Idlib")])
          .replace('"name": "Idlib"', '"name": "Idlib", "n": ' + "9" * 5000))
    case("an integer of 5,000 digits", "huge_integer.geojson", "unreadable",
         "a number in it has more digits than any real value")
    write("no_geometry.geojson", _fc([_feat(None, zid="z-none", name="Nowhere"),
                                      _feat(_poly(IDLIB), zid="z-1", name="Idlib")]))
    case("feature without geometry", "no_geometry.geojson", "problems", "it has no geometry")
    coll = {"type": "GeometryCollection", "geometries": [{"type": "Point",
                                                         "coordinates": [36.6, 35.9]}]}
    write("geometry_collection.geojson", _fc([_feat(coll, name="Mixed")]))
    case("geometry collection", "geometry_collection.geojson", "problems",
         "a GeometryCollection cannot be imported")
    write("bad_position.geojson",
          _fc([_feat({"type": "Point", "coordinates": ["36.6", 35.9]}, name="Text")]))
    case("position given as text", "bad_position.geojson", "problems",
         "a position is not [longitude, latitude]")
    rng = random.Random(1)
    write("random_bytes.bin", bytes(rng.randrange(256) for _ in range(4096)))
    case("random bytes", "random_bytes.bin", "unreadable", "not a file type zoneeditor reads")
    rng = random.Random(2)
    write("random_bytes.geojson", bytes(rng.randrange(256) for _ in range(4096)))
    case("random bytes named .geojson", "random_bytes.geojson", "unreadable", "not GeoJSON")
    write("folder_named.geojson/README.txt", "A folder whose name ends in .geojson.\n")
    case("a folder given as a file", "folder_named.geojson", "unreadable",
         "it is a folder, not a file")


def kml_cases() -> None:
    """Hostile and broken KML, and one good file in Arabic."""
    laughs = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)]
    write("billion_laughs.kml",
          '<?xml version="1.0"?>\n<!DOCTYPE kml [\n' + "\n".join(laughs) + "\n]>\n"
          '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>'
          "<name>&lol9;</name><Point><coordinates>36.6,35.9</coordinates></Point>"
          "</Placemark></Document></kml>\n")
    case("KML billion laughs", "billion_laughs.kml", "unreadable", "unsafe KML refused")
    write("external_entity.kml",
          '<?xml version="1.0"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
          '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>'
          "<name>&xxe;</name><Point><coordinates>36.6,35.9</coordinates></Point>"
          "</Placemark></Document></kml>\n")
    case("KML external entity", "external_entity.kml", "unreadable", "unsafe KML refused")
    write("not_xml.kml", "<kml><Document><Placemark><name>Idlib</name></Placemark>")
    case("KML cut short", "not_xml.kml", "unreadable", "not valid KML")
    write("good_arabic.kml",
          '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
          "<Document><Placemark><name>إدلب &amp; حماة</name><Polygon><outerBoundaryIs>"
          "<LinearRing><coordinates>" + " ".join(f"{x},{y}" for x, y in IDLIB)
          + "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document>"
          "</kml>\n")
    case("KML in Arabic (good)", "good_arabic.kml", "ok", ": valid")
    ring = " ".join(f"{x},{y}" for x, y in IDLIB)
    ring2 = " ".join(f"{x},{y}" for x, y in HAMA)
    write("multipolygon.kml",
          '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
          "<Document><Placemark><name>Two parts</name><MultiPolygon>"
          f"<Polygon><outerBoundaryIs><LinearRing><coordinates>{ring}</coordinates></LinearRing>"
          "</outerBoundaryIs></Polygon><polygonMember><Polygon><outerBoundaryIs><LinearRing>"
          f"<coordinates>{ring2}</coordinates></LinearRing></outerBoundaryIs></Polygon>"
          "</polygonMember></MultiPolygon></Placemark><Placemark><name>Front</name>"
          "<MultiLineString><LineString><coordinates>36.4,35.8 36.9,35.8</coordinates>"
          "</LineString><LineString><coordinates>36.6,35.3 37.0,35.3</coordinates>"
          "</LineString></MultiLineString></Placemark></Document></kml>\n")
    case("KML <MultiPolygon> and <MultiLineString> (not standard; GDAL reads them)",
         "multipolygon.kml", "problems", "a MultiLineString of 2 parts became 2 features")


def zip_entries(path: Path, entries: list[tuple[str, bytes]]) -> None:
    """A zip with exactly these entry names (even hostile ones), fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2017, 5, 4, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


def zip_cases() -> None:
    """Zips that try to escape their folder, and a zip that is not one."""
    gj = _fc([_feat(_poly(IDLIB), zid="z-1", name="Idlib")]).encode()
    zip_entries(HERE / "zip_slip.zip", [("ok.geojson", gj), ("../../evil.geojson", gj)])
    case("zip with ../ entries", "zip_slip.zip", "unreadable", "points outside its folder")
    zip_entries(HERE / "zip_absolute.zip", [("/tmp/evil.geojson", gj)])
    case("zip with an absolute path", "zip_absolute.zip", "unreadable", "an absolute path")
    write("not_a_zip.zip", "this is not a zip archive\n")
    case("text named .zip", "not_a_zip.zip", "unreadable", "not a valid zip file")
    src = HERE / "no_prj_lonlat"
    zip_entries(HERE / "zipped_shapefile.zip",
                [(f"zones{ext}", (src / f"zones{ext}").read_bytes())
                 for ext in (".shp", ".shx", ".dbf", ".cpg")])
    case("zipped shapefile (good, no .prj)", "zipped_shapefile.zip", "ok",
         "so WGS 84 (EPSG:4326) was assumed")


def gpkg_cases() -> None:
    """A corrupt GeoPackage and an SQLite file that is not a GeoPackage."""
    import fiona
    from fiona.crs import CRS

    target = HERE / "corrupt.gpkg"
    target.unlink(missing_ok=True)
    with fiona.Env(OGR_CURRENT_DATE="2017-05-04T00:00:00.000Z"), fiona.open(
            target, "w", driver="GPKG", layer="zones", crs=CRS.from_epsg(4326),
            schema={"geometry": "Polygon", "properties": {"name": "str"}}) as sink:
        for i in range(200):
            ring = [(x + 0.001 * i, y) for x, y in IDLIB]
            sink.write({"geometry": _poly(ring), "properties": {"name": f"zone {i}"}})
    data = bytearray(target.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    # Scribble over the second half of every page from the 5th on: b-tree cells break.
    for start in range(4 * page, len(data), page):
        data[start + page // 2: start + page] = bytes(range(256)) * (page // 512)
    target.write_bytes(bytes(data))
    case("GeoPackage failing the integrity check", "corrupt.gpkg", "unreadable",
         "the database is damaged")
    plain = HERE / "plain_sqlite.gpkg"
    plain.unlink(missing_ok=True)
    con = sqlite3.connect(plain)
    con.execute("CREATE TABLE towns (name TEXT, lon REAL, lat REAL)")
    con.execute("INSERT INTO towns VALUES ('Idlib', 36.63, 35.93)")
    con.commit()
    con.close()
    case("plain SQLite named .gpkg", "plain_sqlite.gpkg", "unreadable",
         "an SQLite database but not a GeoPackage")
    rng = random.Random(3)
    write("random_bytes.gpkg", bytes(rng.randrange(256) for _ in range(4096)))
    case("random bytes named .gpkg", "random_bytes.gpkg", "unreadable",
         "not a GeoPackage (it is not an SQLite database)")


def large_cases() -> None:
    """Registered here, made at test time by ``make_large`` (too big to commit)."""
    case("million-vertex polygon", "@large/million_vertices.geojson", "ok", ": valid")
    case("zip bomb", "@large/zip_bomb.zip", "unreadable", "a zip bomb")
    case("unreadable file (chmod 000)", "@large/unreadable.geojson", "unreadable",
         "permission denied")


def make_large(folder: Path) -> None:
    """Write the large and permission cases into ``folder`` (a test's tmp_path)."""
    import numpy as np

    n = 1_000_000
    angles = np.linspace(0, 2 * np.pi, n, endpoint=False)
    xy = np.column_stack([36.6 + 0.4 * np.cos(angles), 35.9 + 0.3 * np.sin(angles)])
    xy = np.vstack([xy, xy[:1]])
    coords = ",".join(f"[{x:.7f},{y:.7f}]" for x, y in xy.tolist())
    head = _fc([_feat({"type": "Polygon", "coordinates": [[[0, 0]]]}, zid="z-big", name="Big")])
    (folder / "million_vertices.geojson").write_text(head.replace("[[[0, 0]]]",
                                                                  f"[[{coords}]]"))
    # 2 GiB of zeros would compress to ~2 MB; 300 MiB (300 KB packed) already trips the
    # ratio limit, which is what a bomb looks like, without slowing the suite down.
    bomb = folder / "zip_bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf, zf.open(
            "zones.geojson", "w", force_zip64=True) as fh:
        block = b"\x00" * (1 << 20)
        for _ in range(300):
            fh.write(block)
    locked = folder / "unreadable.geojson"
    locked.write_text(_fc([_feat(_poly(IDLIB), name="Idlib")]))
    os.chmod(locked, 0)


def main(folder: Path | None = None) -> int:
    """Regenerate everything small (into ``folder``, default bad/) and write expected.json."""
    global HERE
    if folder is not None:
        HERE = folder
    HERE.mkdir(parents=True, exist_ok=True)
    CASES.clear()
    shapefile_cases()
    projected_cases()
    geojson_cases()
    kml_cases()
    zip_cases()
    gpkg_cases()
    large_cases()
    (HERE / "expected.json").write_text(
        json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(CASES)} cases in {HERE.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
