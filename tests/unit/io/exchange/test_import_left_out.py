"""Features a file holds that cannot be imported are counted, every one, by reason
(``ImportResult.left_out``), so that leaving them out is a decision and never a side effect;
and every problem that loses or changes data is counted (``ImportResult.count``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import fiona

from zoneeditor.io.exchange import read_any
from zoneeditor.io.exchange.importing import MAX_LISTED

BAD = Path(__file__).parents[3] / "data" / "bad"


def _truncated(tmp_path: Path, zones: int = 7, keep: int = 900) -> Path:
    """A 7-zone shapefile written by fiona, its .shp cut to ``keep`` bytes (a tester's
    first-day file: 3 of 7 zones survive)."""
    path = tmp_path / "trunc.shp"
    schema = {"geometry": "Polygon", "properties": {"zid": "str", "name": "str"}}
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema, crs="EPSG:4326",
                    encoding="utf-8") as dst:
        for i in range(zones):
            x, y = 36.0 + i * 0.3, 35.0
            # a few vertices each, so that the cut falls between whole records
            ring = [(x, y), (x + 0.1, y), (x + 0.15, y + 0.05), (x + 0.1, y + 0.1),
                    (x, y + 0.1), (x, y)]
            dst.write({"geometry": {"type": "Polygon", "coordinates": [ring]},
                       "properties": {"zid": f"z-{i}", "name": f"Zone {i}"}})
    data = path.read_bytes()
    path.write_bytes(data[:keep])
    return path


def test_a_truncated_shapefile_counts_each_feature_left_out(tmp_path):
    path = _truncated(tmp_path)
    result = read_any(path)
    kept = len(result.accepted())
    assert 0 < kept < 7
    assert result.left_out() == {"no-geometry": 7 - kept}
    assert result.blocking() == []  # nothing to choose about reading: only whether to leave out
    # every loss is counted: the truncation warning and one per feature left out
    assert result.count("error", "warning") == 1 + 7 - kept


def test_the_corpus_reasons(tmp_path):
    assert read_any(BAD / "truncated_shp" / "zones.shp").left_out() == {"no-geometry": 3}
    # 5 shapes, 3 attribute records: GDAL pairs 3, two shapes would vanish
    mismatch = read_any(BAD / "count_mismatch" / "zones.shp")
    assert mismatch.left_out() == {"count-mismatch": 2} and len(mismatch.accepted()) == 3
    collection = read_any(BAD / "geometry_collection.geojson")
    assert collection.left_out() == {"bad-geometry": 1}
    assert collection.blocking() == [] and collection.accepted() == []
    nan = read_any(BAD / "nan_coordinates.geojson")
    assert nan.left_out() == {"no-repair": 1}
    assert nan.blocking() == [] and nan.blocking(repair=True) == []
    # a repair on offer is a decision, not a loss
    bowtie = read_any(BAD / "bowtie.geojson")
    assert bowtie.left_out() == {}
    assert [p.code for p in bowtie.blocking()] == ["invalid-geometry"]
    assert bowtie.blocking(repair=True) == []


def test_counts_go_past_the_listing_limit(tmp_path):
    n = MAX_LISTED + 15
    features = [{"type": "Feature", "properties": {"zid": f"z-{i}", "name": f"Zone {i}"},
                 "geometry": None} for i in range(n)]
    features.append({"type": "Feature", "properties": {"name": "Kept"},
                     "geometry": {"type": "Point", "coordinates": [36.5, 35.5]}})
    path = tmp_path / "nulls.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    result = read_any(path)
    rows = [p for p in result.problems if p.code == "no-geometry"]
    assert len(rows) == MAX_LISTED + 1  # the listed ones, and one row for the rest
    assert rows[-1].more == 15 and "15 more of the same" in rows[-1].line()
    assert result.left_out() == {"no-geometry": n}
    assert result.count("warning") == n
    assert [f.name for f in result.accepted()] == ["Kept"]


def test_a_mapping_chosen_again_keeps_the_count(tmp_path):
    folder = tmp_path / "t"
    shutil.copytree(BAD / "truncated_shp", folder)
    result = read_any(folder / "zones.shp")
    assert result.remap({"name": "zid"}).left_out() == {"no-geometry": 3}
