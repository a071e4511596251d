"""KML geometries with several parts, and nameless schema fields, as the reader builds them.

The multi-part rules were rewritten for the type checker (each part kind checked with
``isinstance`` instead of by its type name); these pin what they give.
"""

from __future__ import annotations

from zoneeditor.io.exchange.kml import parse_kml

SQUARE = "0,0 1,0 1,1 0,1 0,0"
SQUARE2 = "2,0 3,0 3,1 2,1 2,0"


def _placemark(body: str, extra: str = "") -> bytes:
    return (f'<kml xmlns="http://www.opengis.net/kml/2.2"><Document>{extra}<Placemark>'
            f"<name>P</name>{body}</Placemark></Document></kml>").encode()


def _polygon(coords: str) -> str:
    return (f"<Polygon><outerBoundaryIs><LinearRing><coordinates>{coords}</coordinates>"
            "</LinearRing></outerBoundaryIs></Polygon>")


def _geometry(body: str):
    (rec,) = parse_kml(_placemark(body))
    return rec["geometry"]


def test_multigeometry_of_one_kind_is_that_multi_kind():
    g = _geometry(f"<MultiGeometry>{_polygon(SQUARE)}{_polygon(SQUARE2)}</MultiGeometry>")
    assert g.geom_type == "MultiPolygon" and len(g.geoms) == 2
    g = _geometry("<MultiGeometry><LineString><coordinates>0,0 1,1</coordinates></LineString>"
                  "<LineString><coordinates>2,2 3,3</coordinates></LineString></MultiGeometry>")
    assert g.geom_type == "MultiLineString"
    g = _geometry("<MultiGeometry><Point><coordinates>1,2</coordinates></Point>"
                  "<Point><coordinates>3,4</coordinates></Point></MultiGeometry>")
    assert g.geom_type == "MultiPoint" and [(p.x, p.y) for p in g.geoms] == [(1, 2), (3, 4)]


def test_mixed_multigeometry_is_a_collection_and_an_empty_one_is_no_geometry():
    g = _geometry(f"<MultiGeometry>{_polygon(SQUARE)}"
                  "<Point><coordinates>5,5</coordinates></Point></MultiGeometry>")
    assert g.geom_type == "GeometryCollection"
    assert [p.geom_type for p in g.geoms] == ["Polygon", "Point"]
    assert _geometry("<MultiGeometry></MultiGeometry>") is None


def test_gml_style_members_make_the_named_multi_kind():
    g = _geometry(f"<MultiPolygon><polygonMember>{_polygon(SQUARE)}</polygonMember>"
                  f"<polygonMember>{_polygon(SQUARE2)}</polygonMember></MultiPolygon>")
    assert g.geom_type == "MultiPolygon" and len(g.geoms) == 2


def test_fields_and_data_without_a_name_are_skipped():
    schema = ('<Schema id="s"><SimpleField name="n" type="int"/><SimpleField type="int"/>'
              "</Schema>")
    body = ("<ExtendedData><SchemaData schemaUrl=\"#s\"><SimpleData name=\"n\">7</SimpleData>"
            "<SimpleData>8</SimpleData></SchemaData>"
            "<Data><value>lost</value></Data><Data name=\"d\"><value>kept</value></Data>"
            "</ExtendedData><Point><coordinates>1,2</coordinates></Point>")
    (rec,) = parse_kml(_placemark(body, schema))
    assert rec["props"]["n"] == 7
    assert rec["props"]["d"] == "kept"
    assert set(rec["props"]) == {"name", "n", "d"}
