"""Features a foreign file gives no id get one from their place in the file and their shape."""

from __future__ import annotations

import json

from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.io.exchange import read_any


def _geojson(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": {"type": kind, "coordinates": xy}}
        for props, kind, xy in features]}), encoding="utf-8")
    return path


SQUARE = [[[36.0, 35.0], [36.2, 35.0], [36.2, 35.2], [36.0, 35.2], [36.0, 35.0]]]


def test_the_same_file_read_twice_gives_the_same_ids_and_fingerprint(tmp_path):
    path = _geojson(tmp_path / "theirs.geojson", [
        ({"name": "A"}, "Polygon", SQUARE),
        ({"name": "A"}, "Polygon", SQUARE),  # the same shape twice: still two ids
        ({"name": "L"}, "MultiLineString", [[[36, 35], [36.5, 35.1]], [[37, 35], [37.5, 35.2]]]),
    ])
    first, second = read_any(path), read_any(path)
    ids = [f.id for f in first.all_features]
    assert ids == [f.id for f in second.all_features]
    assert len(set(ids)) == 4 and all(len(i) == 32 for i in ids)
    assert fingerprint(first.all_features) == fingerprint(second.all_features)
    # A copy of the file elsewhere, read in another import, names the same features.
    copy = tmp_path / "copy.geojson"
    copy.write_bytes(path.read_bytes())
    assert [f.id for f in read_any(copy).all_features] == ids


def test_a_changed_shape_gets_another_id_and_given_ids_are_kept(tmp_path):
    a = _geojson(tmp_path / "a.geojson", [({"name": "A"}, "Polygon", SQUARE)])
    moved = [[[x + 0.01, y] for x, y in SQUARE[0]]]
    b = _geojson(tmp_path / "b.geojson", [({"name": "A"}, "Polygon", moved)])
    assert read_any(a).all_features[0].id != read_any(b).all_features[0].id
    c = _geojson(tmp_path / "c.geojson", [({"zid": "zone-a", "name": "A"}, "Polygon", SQUARE)])
    assert read_any(c).all_features[0].id == "zone-a"


def test_one_file_given_twice_in_one_import_gets_distinct_ids(tmp_path):
    path = _geojson(tmp_path / "theirs.geojson", [({"name": "A"}, "Polygon", SQUARE)])
    first = read_any(path)
    again = read_any(path, taken_ids={f.id for f in first.all_features})
    assert first.all_features[0].id != again.all_features[0].id
