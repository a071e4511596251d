"""The sandbox child's geometries travel as one WKB block beside the JSON (issue #19.3):
the same geometries come back, and a span outside the block is a damaged answer."""

from __future__ import annotations

import pytest
import shapely

from zoneeditor.io.exchange.readers import RawLayer, RawRead
from zoneeditor.io.sandbox_codec import decode_result, encode_result, pack_wkb, unpack_wkb

SHAPES = [shapely.box(36, 35, 37, 36), None, shapely.LineString([(0, 0), (1, 1)]),
          shapely.Point(1, 2, 3), shapely.Polygon(), shapely.MultiPolygon(
              [shapely.box(0, 0, 1, 1), shapely.box(2, 2, 3, 3)])]


def test_geometries_come_back_as_they_were_sent():
    spans, block = pack_wkb(SHAPES)
    back = unpack_wkb(spans, block)
    for sent, got in zip(SHAPES, back, strict=True):
        if sent is None:
            assert got is None
        else:
            assert got.geom_type == sent.geom_type
            assert shapely.to_wkb(got) == shapely.to_wkb(sent)


def test_a_raw_read_round_trips_through_json_and_block():
    raw = RawRead("GeoJSON")
    layer = RawLayer("zones", crs="EPSG:4326", encoding="utf-8")
    layer.records = [{"fid": str(i), "geometry": g, "props": {"n": i}, "issue": None}
                     for i, g in enumerate(SHAPES)]
    raw.layers.append(layer)
    payload, block = encode_result(raw)
    back = decode_result(payload, block)
    assert [r["fid"] for r in back.layers[0].records] == [str(i) for i in range(len(SHAPES))]
    assert [None if r["geometry"] is None else r["geometry"].wkt
            for r in back.layers[0].records] == [None if g is None else g.wkt for g in SHAPES]


@pytest.mark.parametrize("span", [[0, 10_000], [-1, 5], [0.5, 3], "AAAA", [1], [True, 3]])
def test_a_span_outside_the_block_is_refused(span):
    _spans, block = pack_wkb(SHAPES[:1])
    with pytest.raises(ValueError, match="span"):
        unpack_wkb([span], block)
