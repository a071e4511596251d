"""The import dialog's line for a file counts what was read and can come in: a feature left
out (invalid with no repair) is counted in the footer's "left out", not also as read (an
outside tester's one-point file with a coordinate of 1e300 was "1 point" and "1 feature left
out" at once)."""

from __future__ import annotations

import json

from zoneeditor.gui.import_dialog.problems import file_summary
from zoneeditor.io.exchange import read_any


def test_a_feature_left_out_is_not_counted_as_read(qapp, tmp_path):
    path = tmp_path / "huge.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Huge"},
         "geometry": {"type": "Point", "coordinates": [1e300, 0]}},
        {"type": "Feature", "properties": {"name": "Fine"},
         "geometry": {"type": "Point", "coordinates": [36.5, 35.5]}}]}), encoding="utf-8")
    result = read_any(path)
    assert result.left_out() == {"no-repair": 1}
    line = file_summary(result)
    assert "1 point;" in line and "2 points" not in line
