"""Importing publishers' files as they come (issue #12): schemas, mapping, limits, values."""

from __future__ import annotations

import datetime
import json

import fiona
import pytest
import shapely
from fiona.crs import CRS
from shapely.geometry import mapping

from zoneeditor.core.errors import ReadError
from zoneeditor.core.schema import SchemaError
from zoneeditor.io.exchange import read_any
from zoneeditor.io.exchange.mapping import MappingStore, schema_key

POLY = shapely.box(36.4, 35.7, 36.9, 36.1)

EXPECTED = {
    "ocha": ("Idlib", "إدلب", "ADM1_PCODE", "SY07",
             "names from ADM1_EN / ADM1_AR, codes from ADM1_PCODE"),
    "geoboundaries": ("Idleb", "", "shapeISO", "SY-ID",
                      "names from shapeName, codes from shapeISO"),
    "gadm": ("Idleb", "إدلب", "GID_1", "SYR.1_1", "names from NAME_1 / NL_NAME_1"),
    "naturalearth": ("Idlib", "إدلب", "ISO_3166_2", "SY-ID", "names from NAME / NAME_AR"),
    "osm": ("Idlib Governorate", "محافظة إدلب", "ISO3166-2", "SY-ID",
            "names from name:en / name"),
}


@pytest.mark.parametrize("publisher", list(EXPECTED))
def test_names_and_codes_are_recognised_in_each_publishers_file(realdata, publisher):
    name, local, code_col, code, line = EXPECTED[publisher]
    result = read_any(realdata[publisher])
    assert result.errors == []
    first = result.all_features[0]
    assert first.name == name and first.attributes["name_local"] == local
    assert first.attributes[code_col] == code  # the code column is kept as it is
    assert line in result.recognised
    notes = [p.line() for p in result.problems if p.code == "schema"]
    assert len(notes) == 1 and line in notes[0]
    assert all(f.name for f in result.all_features)  # never "zone a95c9003"


def test_remap_and_explicit_mapping(realdata):
    result = read_any(realdata["ocha"])
    remapped = result.remap({"name": "ADM1_REF", "name_local": "", "party": "ADM0_EN"})
    f = remapped.all_features[0]
    assert f.name == "Idlib" and f.attributes["name_local"] == ""
    assert f.party == "Syrian Arab Republic"
    assert "ADM1_AR" in f.attributes  # no longer ours: kept under its own name
    assert [f.id for f in remapped.all_features] != []
    with pytest.raises(SchemaError, match="no column 'NAME_EN'"):
        read_any(realdata["ocha"], mapping={"name": "NAME_EN"})
    direct = read_any(realdata["geoboundaries"], mapping={"name": "shapeID"})
    assert direct.all_features[0].name == "SYR-ADM1-3_0_0-B1"


def test_column_listing_and_remembered_choice(realdata, tmp_path):
    result = read_any(realdata["ocha"])
    (columns,) = result.columns.values()
    by_name = {c.name: c for c in columns}
    assert by_name["ADM1_EN"].role == "name" and by_name["ADM1_AR"].role == "name_local"
    assert by_name["ADM1_PCODE"].role == "code (OCHA P-code)"
    assert by_name["ADM1_EN"].samples[:2] == ("Idlib", "Aleppo")
    assert by_name["validTo"].kind == "empty" and by_name["validTo"].filled == 0
    assert by_name["date"].kind == "date"
    store = MappingStore(tmp_path / "maps.json")
    names = [c.name for c in columns]
    assert store.recall(names) is None
    store.remember(names, {"name": "ADM1_REF", "party": ""})
    assert store.recall(list(reversed(names))) == {"name": "ADM1_REF", "party": ""}
    assert store.recall(names[:-1]) is None  # another schema
    assert schema_key(names) == schema_key([n.upper() for n in names])


def test_dates_empty_columns_and_empty_strings_are_kept(tmp_path):
    path = tmp_path / "d.shp"
    schema = {"geometry": "Polygon", "properties": {"name": "str:20", "signed": "date",
                                                     "empty": "str:10", "note": "str:10"}}
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema, encoding="utf-8",
                    crs=CRS.from_epsg(4326)) as sink:
        sink.write({"geometry": mapping(POLY), "properties": {
            "name": "A", "signed": "2017-05-04", "empty": None, "note": ""}})
    (f,) = read_any(path).all_features
    assert f.attributes["signed"] == datetime.date(2017, 5, 4)
    assert "empty" in f.attributes and f.attributes["empty"] is None
    gj = tmp_path / "e.geojson"
    gj.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "A", "empty": None, "blank": ""},
         "geometry": mapping(POLY)}]}))
    (g,) = read_any(gj).all_features
    assert g.attributes["blank"] == "" and g.attributes["empty"] is None


def _geojson(path, props):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": mapping(POLY)}]}),
        encoding="utf-8")
    return path


def test_text_limits_name_the_feature_and_column_and_quote_little(tmp_path):
    big = "ب" * 40_000  # 80,000 bytes of UTF-8
    path = _geojson(tmp_path / "big.geojson", {"name": "Idlib", "remarks": big})
    with pytest.raises(ReadError) as err:
        read_any(path)
    msg = str(err.value)
    assert "feature 1 ('Idlib'): the value of column 'remarks' is 78.1 KB" in msg
    assert "at most 64.0 KB per value" in msg and len(msg) < 400
    name = "x" * 100_000
    with pytest.raises(ReadError) as err:
        read_any(_geojson(tmp_path / "name.geojson", {"name": name}))
    assert "the value of column 'name' is 97.7 KB" in str(err.value)
    assert len(str(err.value)) < 400
    ok = _geojson(tmp_path / "ok.geojson", {"name": "Idlib", "remarks": "ب" * 30_000})
    assert read_any(ok).errors == []
    wide = _geojson(tmp_path / "wide.geojson", {f"c{i}": i for i in range(501)})
    with pytest.raises(ReadError, match="has 501 columns; zoneeditor accepts at most 500"):
        read_any(wide)


def test_messages_hold_no_library_internals(tmp_path):
    from zoneeditor.io.plain_errors import INTERNAL

    cases = {
        "digits.geojson": '{"type": "FeatureCollection", "features": [{"type": "Feature", '
                          '"properties": {"n": ' + "9" * 5000 + '}, "geometry": null}]}',
        "ring.kml": '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Polygon>'
                    "<outerBoundaryIs><LinearRing><coordinates>36,35 36.1,35 36,35"
                    "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>",
        "bad.gpkg": b"SQLite format 3\x00" + b"\x01" * 4000,
    }
    for name, content in cases.items():
        path = tmp_path / name
        (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
        try:
            result = read_any(path)
            lines = [p.line() for p in result.problems]
        except ReadError as exc:
            lines = [str(exc)]
        for line in lines:
            assert not INTERNAL.search(line.replace(str(tmp_path), "")), line


def test_kml_multipolygon_and_multilinestring_are_read(tmp_path):
    ring = "36.4,35.7 36.9,35.7 36.9,36.1 36.4,36.1 36.4,35.7"
    ring2 = "37.4,35.7 37.9,35.7 37.9,36.1 37.4,36.1 37.4,35.7"
    kml = (
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
        "<Placemark><name>Two</name><MultiPolygon><Polygon><outerBoundaryIs><LinearRing>"
        f"<coordinates>{ring}</coordinates></LinearRing></outerBoundaryIs></Polygon>"
        "<polygonMember><Polygon><outerBoundaryIs><LinearRing>"
        f"<coordinates>{ring2}</coordinates></LinearRing></outerBoundaryIs></Polygon>"
        "</polygonMember></MultiPolygon></Placemark>"
        "<Placemark><name>Front</name><MultiLineString><LineString><coordinates>"
        "36.4,35.8 36.9,35.8</coordinates></LineString></MultiLineString></Placemark>"
        "</Document></kml>")
    path = tmp_path / "multi.kml"
    path.write_text(kml, encoding="utf-8")
    result = read_any(path)
    kinds = {f.name: f.geometry.geom_type for f in result.all_features}
    assert kinds == {"Two": "MultiPolygon", "Front": "LineString"}
    assert not any(p.code == "no-geometry" for p in result.problems)


def test_views_in_a_foreign_geopackage_are_not_run(tmp_path):
    import sqlite3

    path = tmp_path / "foreign.gpkg"
    with fiona.open(path, "w", driver="GPKG", layer="zones", crs=CRS.from_epsg(4326),
                    schema={"geometry": "Polygon", "properties": {"name": "str"}}) as sink:
        sink.write({"geometry": mapping(POLY), "properties": {"name": "Idlib"}})
    con = sqlite3.connect(path)
    con.execute("CREATE VIEW endless AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                "SELECT x + 1 FROM c) SELECT x AS fid, geom, name FROM c, zones")
    con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
                "VALUES ('endless', 'features', 'endless', 4326)")
    con.execute("INSERT INTO gpkg_geometry_columns VALUES ('endless', 'geom', 'POLYGON', "
                "4326, 0, 0)")
    con.commit()
    con.close()
    result = read_any(path)
    assert [f.name for f in result.all_features] == ["Idlib"]
    assert any(p.code == "view-skipped" and "'endless'" in p.line() for p in result.problems)
