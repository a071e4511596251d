"""A version exported and imported back unchanged changes nothing: each format writes a shape
its own way (GeoJSON's counter-clockwise rings, another first vertex, coordinates rounded to
the file's precision), and the import takes a shape written another way for the shape it
replaces, as the comparison does, so no feature is "replaced" and nothing is journaled.
A real edit in the file is still one."""

from __future__ import annotations

import json

import pytest
import shapely
from support.sent_back import MOVED, sent_back

from zoneeditor.io.exchange import export_versions, import_changeset, read_any
from zoneeditor.io.project_file import read_project

B = "Proposal B"


@pytest.mark.parametrize("fmt,out", [("geojson", "b.geojson"), ("kml", "b.kml"),
                                     ("gpkg", "b.gpkg"), ("shp", "shp")])
def test_an_unchanged_export_imported_back_changes_nothing(sample_copy, tmp_path, fmt, out):
    project = read_project(sample_copy)
    target = tmp_path / out
    if fmt == "shp":
        target.mkdir()
    export_versions(project, [B], fmt, target)
    paths = sorted(target.glob("*.shp")) if fmt == "shp" else [target]
    features = [f for p in paths for f in read_any(p, sandbox=False).accepted()]
    assert len(features) == len(project.versions[B])
    if fmt == "geojson":  # it writes some shapes another way (RFC 7946's ring order)
        assert any(not f.geometry.equals_exact(project.versions[B].features[f.id].geometry, 0.0)
                   for f in features)
    cs = import_changeset(project, features, B, f"Import {out}")
    assert cs.deltas == ()


def test_a_vertex_moved_in_the_file_is_still_a_change(sample_copy, tmp_path):
    project = read_project(sample_copy)
    export_versions(project, [B], "geojson", tmp_path / "b.geojson")
    data = json.loads((tmp_path / "b.geojson").read_text(encoding="utf-8"))
    sent_back(data, drop=(), east=0.001)  # ~90 m
    (tmp_path / "back.geojson").write_text(json.dumps(data), encoding="utf-8")
    features = read_any(tmp_path / "back.geojson", sandbox=False).accepted()
    cs = import_changeset(project, features, B, "Import back.geojson")
    assert [d.new.id for d in cs.deltas] == [MOVED]
    old, new = cs.deltas[0].old, cs.deltas[0].new
    assert old is not None and new is not None
    assert 0.0005 < shapely.hausdorff_distance(old.geometry, new.geometry) <= 0.001
