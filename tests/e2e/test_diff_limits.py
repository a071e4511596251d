"""``zoneeditor diff`` of a file with more features than a comparison takes: refused in one
sentence naming the file and its count; a large one is announced before the long part.

The command runs in this process so that the limits can be lowered (a file of 100,000
features takes a minute to read); the file is still read by the sandboxed child, which is
given the limit and stops reading at the first feature too many (or before reading, when
the file proves its count): what lies past it is never read.
"""

from __future__ import annotations

import json

import pytest
from support import many_features
from support.many_features import truncate_shp

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


# -- refused while read: the sandboxed reader is given the limit ------------------------------
@pytest.mark.parametrize("fmt", many_features.FORMATS)
def test_a_file_of_each_format_is_refused_while_it_is_read(sample_copy, tmp_path, capsys,
                                                           monkeypatch, fmt):
    monkeypatch.setattr(diff_limits, "MAX_FEATURES", 30)
    path = many_features.write(tmp_path, fmt, 31)
    assert main(["diff", f"{sample_copy}:agreed", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    # a zip's members are counted as they are read: its count is not known at once
    count = "more than 30" if fmt == "zip" else "31"
    assert err.splitlines() == [f"zoneeditor: {path.name} has {count} features: a comparison "
                                "takes at most 30 in each version"]


@pytest.mark.parametrize("fmt", ["geojson", "shp"])
def test_a_file_at_the_limit_is_compared(sample_copy, tmp_path, capsys, monkeypatch, fmt):
    monkeypatch.setattr(diff_limits, "MAX_FEATURES", 31)
    path = many_features.write(tmp_path, fmt, 31)
    assert main(["diff", f"{sample_copy}:agreed", str(path), "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) > 31


def test_what_lies_past_the_limit_is_never_read(sample_copy, tmp_path, capsys, monkeypatch):
    # the 32nd feature's name is over the 64 KB a value may hold: a file read whole is
    # refused for that, in another sentence; refused as soon as its count is known, the
    # reader never gets that far
    monkeypatch.setattr(diff_limits, "MAX_FEATURES", 30)
    path = many_features.write_geojson(tmp_path / "big.geojson", 32,
                                       last_name=many_features.TOO_LONG)
    assert main(["diff", str(path), f"{sample_copy}:agreed"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "zoneeditor: big.geojson has 32 features: a comparison takes at most 30 in each "
        "version"]


def test_a_truncated_shapefile_is_refused_at_its_first_feature_too_many(sample_copy, tmp_path,
                                                                         capsys, monkeypatch):
    # its header declares 500 shapes and its .shp holds 40: the declared count is not
    # trusted, so the reader counts; read whole, its 460 features without geometry would
    # make it a file to decide about (exit 1), never this refusal
    monkeypatch.setattr(diff_limits, "MAX_FEATURES", 30)
    path = truncate_shp(many_features.write(tmp_path, "shp", 500), 40)
    assert main(["diff", f"{sample_copy}:agreed", str(path)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "zoneeditor: many.shp has more than 30 features: a comparison takes at most 30 in "
        "each version"]


def test_of_two_files_the_one_over_the_limit_is_named(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(diff_limits, "MAX_FEATURES", 30)
    small = many_features.write(tmp_path / "small", "kml", 30)
    big = many_features.write(tmp_path / "big", "gpkg", 31)
    assert main(["diff", str(small), str(big)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "zoneeditor: many.gpkg has 31 features: a comparison takes at most 30 in each version")
