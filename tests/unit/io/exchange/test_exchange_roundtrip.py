"""Export then import keeps geometry, ids, Arabic and Russian text and the fingerprint."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import fiona
import pytest
from conftest import line, point, project_with, zone

from zoneeditor.core.errors import WriteError
from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.io.exchange import export_versions, plan_export, read_any
from zoneeditor.io.exchange.verify import same_geometry

ZONE_WITH_HOLE = ("POLYGON ((36.3 35.7, 37.0 35.7, 37.0 36.2, 36.3 36.2, 36.3 35.7), "
                  "(36.5 35.8, 36.6 35.8, 36.6 35.9, 36.5 35.8))")
TWO_PARTS = ("MULTIPOLYGON (((36.1 33.4, 36.3 33.4, 36.3 33.6, 36.1 33.4)), "
             "((36.5 33.4, 36.7 33.4, 36.7 33.6, 36.5 33.4)))")


def _project(numbers: bool = True):
    extra = {"width_left_km": 2.5, "width_right_km": 1.25, "posts": 3} if numbers else {}
    return project_with(agreed=[
        zone("zone-idlib", ZONE_WITH_HOLE, name="Idlib", name_local="إدلب", name_ru="Идлиб",
             party="A", status="agreed", kind="de-escalation",
             notes='Quote " & <angle> \\ back-slash', **extra),
        zone("zone-ghouta", TWO_PARTS, name="Eastern Ghouta", name_local="الغوطة الشرقية",
             party="B", status="disputed"),
        line("line-contact", "LINESTRING (36.4 35.5, 36.8 35.45, 37.1 35.5)",
             name="Line of contact", name_local="خط التماس", name_ru="Линия соприкосновения"),
        point("post-morek", "POINT (36.6789012 35.3756789)", name="Morek",
              name_local="نقطة مراقبة مورك", name_ru="Мурек", kind="observation post"),
    ])


def _roundtrip(tmp_path: Path, fmt: str, out: str, numbers: bool = True, **kw):
    project = _project(numbers)
    report = export_versions(project, ["agreed"], fmt, tmp_path / out, **kw)
    assert report.checks and all("match" in c or "CRC" in c for c in report.checks)
    files = [p for p in report.written if p.suffix in (".shp", ".gpkg", ".geojson", ".kml",
                                                       ".zip")]
    features = []
    for f in files:
        result = read_any(f)
        assert not [p for p in result.problems if p.severity != "note"], result.problems
        features += result.all_features
    return project.agreed, {f.id: f for f in features}


@pytest.mark.parametrize(("fmt", "out", "numbers"), [
    ("shp", "shp-out", True),
    ("gpkg", "x.gpkg", True),
    ("geojson", "x.geojson", True),
    ("kml", "x.kml", True),  # typed SchemaData keeps numbers
])
def test_round_trip_keeps_everything(tmp_path, fmt, out, numbers):
    original, back = _roundtrip(tmp_path, fmt, out, numbers)
    assert set(back) == set(original.features)
    for fid, f in original.features.items():
        g = back[fid]
        assert g.layer == f.layer
        assert same_geometry(f.geometry, g.geometry)
        assert g.geometry.geom_type == f.geometry.geom_type
        assert dict(g.attributes) == dict(f.attributes)
    assert back["zone-idlib"].attributes["name_local"] == "إدلب"
    assert back["line-contact"].attributes["name_ru"] == "Линия соприкосновения"
    assert fingerprint(back.values()) == fingerprint(original)


def test_kml_schema_types_numbers(tmp_path):
    _, back = _roundtrip(tmp_path, "kml", "x.kml", numbers=True)
    assert back["zone-idlib"].attributes["width_left_km"] == 2.5
    assert back["zone-idlib"].attributes["posts"] == 3
    text = (tmp_path / "x.kml").read_text(encoding="utf-8")
    assert '<SimpleField name="width_left_km" type="double" />' in text


def test_zipped_shapefile_round_trip(tmp_path):
    original, back = _roundtrip(tmp_path, "shp", "set", zipped=True)
    assert (tmp_path / "set.zip").exists() and not (tmp_path / "set").exists()
    with zipfile.ZipFile(tmp_path / "set.zip") as zf:
        names = set(zf.namelist())
    assert {"set_zones.shp", "set_zones.cpg", "set_zones.prj", "set_zones.fields.json"} <= names
    assert fingerprint(back.values()) == fingerprint(original)


def test_shapefile_set_layout_cpg_and_field_mapping(tmp_path):
    project = _project()
    plan = plan_export(project, ["agreed"], "shp", tmp_path / "out")
    assert plan.files == ["agreed_zones.shp", "agreed_lines.shp", "agreed_points.shp"]
    assert plan.field_names["agreed_zones.shp"] == {"width_left_km": "width_left",
                                                    "width_right_km": "width_righ"}
    export_versions(project, ["agreed"], "shp", tmp_path / "out")
    folder = tmp_path / "out"
    for layer in ("zones", "lines", "points"):
        for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            assert (folder / f"agreed_{layer}{ext}").exists()
        assert (folder / f"agreed_{layer}.cpg").read_text() == "UTF-8"
    sidecar = json.loads((folder / "agreed_zones.fields.json").read_text(encoding="utf-8"))
    assert {"short": "width_righ", "long": "width_right_km"} in sidecar["fields"]
    assert not list(folder.glob(".zoneeditor-export-*")), "staging folder left behind"


def test_cp1256_refuses_russian_and_names_it(tmp_path):
    project = _project()
    target = tmp_path / "legacy"
    with pytest.raises(WriteError) as err:
        export_versions(project, ["agreed"], "shp", target, encoding="cp1256")
    text = str(err.value)
    assert "Идлиб" in text and "cp1256 cannot hold" in text and "name_ru" in text
    assert not target.exists() or not any(target.iterdir())


def test_cp1256_writes_arabic_for_old_readers(tmp_path):
    project = project_with(agreed=[zone("z1", ZONE_WITH_HOLE, name="Idlib", name_local="إدلب")])
    export_versions(project, ["agreed"], "shp", tmp_path / "legacy", encoding="cp1256")
    dbf = (tmp_path / "legacy" / "agreed_zones.dbf").read_bytes()
    assert "إدلب".encode("cp1256") in dbf
    assert (tmp_path / "legacy" / "agreed_zones.cpg").read_text() == "CP1256"
    back = read_any(tmp_path / "legacy" / "agreed_zones.shp")
    assert back.all_features[0].attributes["name_local"] == "إدلب"
    assert back.encoding == "cp1256"


def test_text_too_long_for_dbase_is_refused(tmp_path):
    project = project_with(agreed=[zone("z1", ZONE_WITH_HOLE, name="x", notes="ن" * 200)])
    with pytest.raises(WriteError, match="at most 254"):
        export_versions(project, ["agreed"], "shp", tmp_path / "s")
    # GeoPackage holds it.
    export_versions(project, ["agreed"], "gpkg", tmp_path / "s.gpkg")


def test_failed_verification_leaves_previous_export_untouched(tmp_path, monkeypatch):
    project = _project()
    target = tmp_path / "x.geojson"
    target.write_text("previous export", encoding="utf-8")
    from zoneeditor.io.exchange import export as export_mod

    monkeypatch.setattr(export_mod, "differences", lambda *_a, **_k: ["Idlib: damaged"])
    with pytest.raises(WriteError, match=r"read-back check failed.*Idlib: damaged"):
        export_versions(project, ["agreed"], "geojson", target)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.geojson"]


def test_geojson_is_rfc7946(tmp_path):
    project = _project()
    export_versions(project, ["agreed"], "geojson", tmp_path / "x.geojson")
    doc = json.loads((tmp_path / "x.geojson").read_text(encoding="utf-8"))
    assert "crs" not in doc
    import shapely

    for feat in doc["features"]:
        geom = shapely.geometry.shape(feat["geometry"])
        for poly in shapely.get_parts(geom):
            if poly.geom_type == "Polygon":
                assert poly.exterior.is_ccw
                assert all(not r.is_ccw for r in poly.interiors)
        for x, y in shapely.get_coordinates(geom):
            assert round(x, 7) == x and round(y, 7) == y
    post = next(f for f in doc["features"] if f["properties"]["zid"] == "post-morek")
    assert post["geometry"]["coordinates"] == [36.6789012, 35.3756789]


def test_all_versions_in_one_geopackage_and_kml(tmp_path, sample_copy):
    from zoneeditor.io.project_file import read_project

    project = read_project(sample_copy)
    report = export_versions(project, list(project.versions), "gpkg", tmp_path / "all.gpkg")
    assert len(report.checks) == 6  # two versions x three layers
    import fiona

    assert set(fiona.listlayers(tmp_path / "all.gpkg")) == {
        "agreed_zones", "agreed_lines", "agreed_points",
        "proposal_b_zones", "proposal_b_lines", "proposal_b_points"}
    proposal = read_any(tmp_path / "all.gpkg", layers=["proposal_b_zones", "proposal_b_lines",
                                                      "proposal_b_points"])
    assert fingerprint(proposal.all_features) == fingerprint(project.versions["Proposal B"])
    kml = export_versions(project, list(project.versions), "kml", tmp_path / "all.kml")
    assert kml.counts["zones"] == 12


def test_kml_styles_and_escaping(tmp_path):
    project = _project(numbers=False)
    export_versions(project, ["agreed"], "kml", tmp_path / "x.kml")
    text = (tmp_path / "x.kml").read_text(encoding="utf-8")
    assert '<Style id="party-a">' in text and "<styleUrl>#party-a</styleUrl>" in text
    assert "&lt;angle&gt;" in text and "&amp;" in text
    assert "<color>ff2b39c0</color>" in text  # party A #c0392b as aabbggrr
    assert "إدلب" in text


def test_kml_keeps_an_unnamed_zone_unnamed_and_takes_a_name_edited_elsewhere(tmp_path):
    project = project_with(agreed=[
        zone("zone-anon", "POLYGON ((36.3 35.7, 37.0 35.7, 37.0 36.2, 36.3 35.7))", party="A"),
        zone("zone-idlib", "POLYGON ((36.1 35.1, 36.2 35.1, 36.2 35.2, 36.1 35.1))",
             name="Idlib")])
    export_versions(project, ["agreed"], "kml", tmp_path / "x.kml")
    text = (tmp_path / "x.kml").read_text(encoding="utf-8")
    assert "zone zone-ano" not in text  # no made-up label for other tools to read as a name
    back = {f.id: f for f in read_any(tmp_path / "x.kml").all_features}
    assert not back["zone-anon"].attributes.get("name")
    assert fingerprint(back.values()) == fingerprint(project.agreed)
    # Google Earth renames a placemark: <name> changes, its ExtendedData copy does not.
    edited = text.replace("<name>Idlib</name>", "<name>Idleb</name>")
    # An export made before this fix gave the unnamed zone a label as its <name>.
    edited = edited.replace('<Placemark id="zid-zone-anon">',
                            '<Placemark id="zid-zone-anon">\n <name>zone zone-ano</name>')
    (tmp_path / "edited.kml").write_text(edited, encoding="utf-8")
    back = {f.id: f for f in read_any(tmp_path / "edited.kml").all_features}
    assert back["zone-idlib"].attributes["name"] == "Idleb"
    assert not back["zone-anon"].attributes.get("name")


@pytest.mark.parametrize(("fmt", "out"), [("geojson", "x.geojson"), ("gpkg", "x.gpkg"),
                                          ("shp", "x-shp"), ("kml", "x.kml")])
def test_a_feature_with_only_a_local_name_exports_and_reads_back(tmp_path, fmt, out):
    # A Google Earth placemark with an Arabic name only: name empty, name_local filled — in
    # a layer where other names are filled, and in one where none is.
    project = project_with(agreed=[
        point("post-a", "POINT (36.80 35.86)", name="Saraqib post", name_local="نقطة سراقب"),
        point("post-b", "POINT (36.63 35.93)", name="", name_local="نقطة إدلب"),
        # a column another tool named "Название": an attribute of ours, not a name column
        point("post-c", "POINT (36.70 35.90)", name="Post C", **{"Название": "Пост"}),
        line("line-x", "LINESTRING (36.4 35.5, 36.8 35.45)", name_local="خط التماس")])
    export_versions(project, ["agreed"], fmt, tmp_path / out)
    files = [p for p in (tmp_path / out).parent.rglob("*")
             if p.suffix in (".shp", ".gpkg", ".geojson", ".kml")]
    back = {f.id: f for p in files for f in read_any(p).all_features}
    assert back["post-b"].attributes["name_local"] == "نقطة إدلب"
    assert not back["post-b"].attributes.get("name")
    assert back["line-x"].attributes["name_local"] == "خط التماس"
    assert back["post-c"].attributes["Название"] == "Пост"
    assert fingerprint(back.values()) == fingerprint(project.agreed)
    if fmt == "kml":  # Google Earth lists a feature with only a local name by that name
        assert "<name>نقطة إدلب</name>" in (tmp_path / out).read_text(encoding="utf-8")


def test_versions_named_like_reserved_geopackage_tables_export(tmp_path):
    # "gpkg_", "sqlite_" and "rtree_" begin names GeoPackage and SQLite keep for themselves.
    post = point("post-a", "POINT (36.80 35.86)", name="Saraqib post")
    project = project_with(agreed=[post])
    for name in ("GPKG draft", "sqlite test", "rtree"):
        project.versions[name] = project.agreed.copy(name)
    report = export_versions(project, list(project.versions), "gpkg", tmp_path / "all.gpkg")
    assert len(report.checks) == 4
    layers = fiona.listlayers(tmp_path / "all.gpkg")
    assert len(layers) == 4 and not any(n.startswith(("gpkg_", "sqlite_")) for n in layers)
    # the tables are slugs; each layer's GeoPackage identifier names its version as it is
    import sqlite3

    with sqlite3.connect(tmp_path / "all.gpkg") as con:
        titles = {t for (t,) in con.execute("SELECT identifier FROM gpkg_contents")}
    assert titles == {f"{name} — points" for name in project.versions}


def _google_earth(tmp_path: Path, document: str) -> dict[str, dict]:
    """The attributes of each placemark (by name) of a KML whose Document holds ``document``
    (as Google Earth writes one: folders, HTML descriptions)."""
    path = tmp_path / "ge.kml"
    path.write_text('<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
                    f"{document}</Document></kml>", encoding="utf-8")
    return {f.name: dict(f.attributes) for f in read_any(path).all_features}


def _post(name: str, lon: float, description: str = "") -> str:
    about = f"<description>{description}</description>" if description else ""
    return (f"<Placemark><name>{name}</name>{about}<Point><coordinates>{lon},35.9"
            "</coordinates></Point></Placemark>")


def test_a_google_earth_folder_is_kept_as_a_column(tmp_path):
    read = _google_earth(tmp_path, "<name>Talks</name><Folder><name>Positions</name>"
                         f"<Folder><name>الشمال</name>{_post('Post 1', 36.6)}</Folder>"
                         f"{_post('Post 2', 36.7)}</Folder>{_post('Post 3', 36.8)}")
    back = {name: attrs.get("folder") for name, attrs in read.items()}
    assert back == {"Post 1": "Positions / الشمال", "Post 2": "Positions", "Post 3": None}


@pytest.mark.parametrize(("fmt", "out"), [("geojson", "x.geojson"), ("kml", "x.kml")])
def test_our_export_is_read_by_its_own_columns_not_by_guess(tmp_path, fmt, out):
    # No local name anywhere (KML leaves empty values out): "Название" must not be taken
    # for the local name when the file is read back.
    project = project_with(agreed=[
        point("post-a", "POINT (36.80 35.86)", name="Post", **{"Название": "Пост"})])
    export_versions(project, ["agreed"], fmt, tmp_path / out)
    (back,) = read_any(tmp_path / out).all_features
    assert back.attributes["Название"] == "Пост" and not back.attributes.get("name_local")


def test_a_google_earth_html_description_becomes_plain_notes(tmp_path):
    html = "<![CDATA[<b>Idlib West</b><br/>Proposed by: A &amp; B<p>Second line</p>]]>"
    read = _google_earth(tmp_path, _post("Post 1", 36.6, html)
                         + _post("Post 2", 36.7, "a &lt; b, c &gt; d"))
    notes = {name: attrs.get("notes") for name, attrs in read.items()}
    assert notes == {"Post 1": "Idlib West\nProposed by: A & B\nSecond line",
                     "Post 2": "a < b, c > d"}  # text without tags is kept exactly
