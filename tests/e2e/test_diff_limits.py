"""``zoneeditor diff`` of a file with more features than a comparison takes: refused in one
sentence naming the file and its count; a large one is announced before the long part.

The command runs in this process so that the limits can be lowered (a file of 100,000
features takes a minute to read); the file is still read by the sandboxed child.
"""

from __future__ import annotations

import json

import pytest

from zoneeditor.cli import main
from zoneeditor.core import diff_limits


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """31 squares of 0.001° with a name and a party each."""
    features = []
    for i in range(31):
        x, y = 36 + 0.01 * i, 35.0
        ring = [[x, y], [x + 0.001, y], [x + 0.001, y + 0.001], [x, y + 0.001], [x, y]]
        features.append({"type": "Feature",
                         "properties": {"name": f"Square {i}", "party": "AB"[i % 2]},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    path = tmp_path_factory.mktemp("limits") / "tiny.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def test_a_file_beyond_the_limit_is_refused_naming_it_and_its_count(sample_copy, tiny, capsys,
                                                                     monkeypatch):
    monkeypatch.setattr(diff_limits, "MAX_FEATURES", 30)
    assert main(["diff", f"{sample_copy}:agreed", str(tiny)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[-1] == ("zoneeditor: tiny.geojson has 31 features: a comparison "
                                    "takes at most 30 in each version")


def test_a_large_comparison_is_announced_before_it_runs(sample_copy, tiny, capsys, monkeypatch):
    monkeypatch.setattr(diff_limits, "LARGE_FEATURES", 30)
    assert main(["diff", f"{sample_copy}:agreed", str(tiny), "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert ("zoneeditor: tiny.geojson has 31 features: comparing them may take minutes"
            in err.splitlines())
    assert len(out.splitlines()) > 31  # the report all the same
    # below the threshold nothing is said
    monkeypatch.setattr(diff_limits, "LARGE_FEATURES", 31)
    assert main(["diff", f"{sample_copy}:agreed", str(tiny), "--format", "csv"]) == 0
    assert "may take minutes" not in capsys.readouterr().err
