"""The lazy, indexed gazetteer names exactly the towns the whole table names (issue #19.3)."""

from __future__ import annotations

import random

import pytest

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_report import report_to_dict
from zoneeditor.core.places import Town
from zoneeditor.io.gazetteer import (
    LazyGazetteer,
    PlacesFile,
    encode_places,
    load_gazetteer,
    places_path,
)
from zoneeditor.io.project_file import read_project


def _points(near_count: int = 300, world_count: int = 60) -> list[tuple[float, float]]:
    rnd = random.Random(19)
    near = [(rnd.uniform(34.5, 42.5), rnd.uniform(32.0, 37.5)) for _ in range(near_count)]
    world = [(rnd.uniform(-180, 180), rnd.uniform(-90, 90)) for _ in range(world_count)]
    edges = [(179.999, 0.0), (-179.999, -12.0), (180.0, 65.0), (0.0, 90.0), (0.0, -90.0),
             (-30.0, -60.0), (160.0, -50.0), (36.0, 34.0000001), (35.99999, 34.0)]
    return near + world + edges


def test_lazy_names_the_same_town_at_the_same_distance_everywhere():
    full = load_gazetteer()
    for lon, lat in _points(60, 15):
        lazy = LazyGazetteer()  # fresh: each point read from nothing
        assert lazy.nearest(lon, lat) == full.nearest(lon, lat), (lon, lat)


def test_one_lazy_gazetteer_serves_many_points_as_the_whole_table():
    full, lazy = load_gazetteer(), LazyGazetteer()
    for lon, lat in _points():
        assert lazy.nearest(lon, lat) == full.nearest(lon, lat), (lon, lat)


def test_a_point_in_syria_reads_a_few_cells_only():
    places = PlacesFile(places_path())
    lazy = LazyGazetteer(places)
    town, km = lazy.nearest(36.63, 35.93)
    assert town.name == "Idlib" and km < 2
    assert lazy.cells_read <= 9 < len(places.cells) // 10


def test_the_sample_diff_names_the_same_towns_with_either_gazetteer(sample_copy):
    project = read_project(sample_copy)
    old, new = project.agreed, project.versions["Proposal B"]
    whole = report_to_dict(diff_versions(old, new, load_gazetteer()))
    lazy = report_to_dict(diff_versions(old, new, LazyGazetteer()))
    assert lazy == whole
    names = {r["near"] for r in whole["regions"]}
    assert "Mūrak" in names  # the report really names towns (not all None)


def test_file_round_trip_keeps_every_town(tmp_path):
    towns = PlacesFile(places_path()).read_all()
    assert len(towns) == len(load_gazetteer()) > 10_000
    rows = [{"id": 1, "name": "A", "name_ar": "", "name_ru": "", "lon": 179.5, "lat": -0.5,
             "population": 5, "country": "FJ"},
            {"id": 2, "name": "B", "name_ar": "ب", "name_ru": "Б", "lon": -179.5, "lat": -0.5,
             "population": 50, "country": "WS"}]
    path = tmp_path / "p.cells"
    path.write_bytes(encode_places(rows))
    assert path.read_bytes() == encode_places(rows)  # reproducible
    back = PlacesFile(path)
    assert sorted(back.read_all(), key=lambda t: t.id) == [
        Town(1, "A", None, None, 179.5, -0.5, 5, "FJ"),
        Town(2, "B", "ب", "Б", -179.5, -0.5, 50, "WS")]
    # across the antimeridian: the town one degree away on the other side is found
    town, _ = LazyGazetteer(back).nearest(-179.9, -0.5)
    assert town.id == 2
    town, _ = LazyGazetteer(back).nearest(179.9, -0.5)
    assert town.id == 1


def test_a_file_of_another_kind_is_refused(tmp_path):
    path = tmp_path / "x.cells"
    path.write_bytes(b"id\tname\n")
    with pytest.raises(ValueError, match="not a zoneeditor places file"):
        PlacesFile(path)
