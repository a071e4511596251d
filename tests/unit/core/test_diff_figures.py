"""One way to write each figure (``core.figures``), and the command line's summary saying
what the buffer zones did beside the party totals."""

from __future__ import annotations

import pytest

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_report import buffer_totals, km, km2, report_to_dict, summary_text
from zoneeditor.core.diff_slivers import SliverRule
from zoneeditor.core.figures import area_figure, distance_figure
from zoneeditor.core.model import Version
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


@pytest.mark.parametrize(("value", "text"), [
    (5392.449, "5,392.4"), (0.04, "0.040"), (0.0112, "0.011"), (0.05, "0.1"), (0.0, "0.0"),
    (275.2, "275.2"), (1234567.0, "1,234,567.0"), (-0.012, "-0.012"), (1e-9, "0.0"),
])
def test_areas_are_grouped_with_one_decimal_and_small_ones_never_read_as_none(value, text):
    assert area_figure(value) == text
    assert km2(value) == f"{text} km²"


@pytest.mark.parametrize(("value", "text"), [
    (4.433497, "4.4"), (10.054995, "10.1"), (1234.56, "1,234.6"), (1.0, "1.0"),
    (0.9996, "1.0"), (0.995, "1.0"), (0.994, "0.99"), (0.35, "0.35"), (0.0999, "0.10"),
    (0.0301, "0.030"), (0.0042, "0.0042"), (0.0, "0"), (1e-9, "0"),
])
def test_distances_have_a_decimal_from_a_kilometre_and_two_digits_below(value, text):
    assert distance_figure(value) == text
    assert km(value) == f"{text} km"


@pytest.mark.parametrize(("km_", "text"), [
    (0.05, "50 m"), (0.0621, "62 m"), (0.15, "150 m"), (0.75, "750 m"), (0.0042, "4.2 m"),
    (1.234, "1.2 km"), (5.23663, "5.2 km"), (0.996, "1.0 km"),
])
def test_the_sliver_width_reads_as_every_distance(km_, text):
    # A tester read "thinner than 5.23663 km" (``:g``): the width is a distance like any.
    rule = SliverRule(0.05, km_)
    assert rule.describe() == f"under 0.05 km² or thinner than {text}"


def test_a_shift_of_metres_never_reads_as_none():
    for metres in (1, 4, 30, 300):
        assert float(distance_figure(metres / 1000)) == pytest.approx(metres / 1000, rel=0.05)


def test_the_summary_says_what_the_buffer_zones_did():
    project = read_project(sample_path())
    report = diff_versions(project.agreed, project.versions["Proposal B"])
    (monitors,) = buffer_totals(report)
    assert monitors.name == "Monitors"
    assert monitors.area_before_km2 == pytest.approx(313.8, abs=0.05)
    assert monitors.net_km2 == pytest.approx(-30.7, abs=0.05)
    lines = summary_text(report).split("\n")
    territory = lines.index("Territory per party (buffer zones excluded)")
    buffers = lines.index("Buffer zones (no party's territory, not counted above)")
    assert territory < buffers
    assert lines[buffers + 1] == "  Monitors: 313.8 → 283.1 km² (−30.7 km²)"
    (entry,) = report_to_dict(report)["buffers"]  # the JSON says it too
    assert entry["holder"] == "Monitors"
    assert entry["area_before_km2"] == round(monitors.area_before_km2, 6)
    assert entry["net_km2"] == pytest.approx(-30.7, abs=0.05)
    assert "max shift 4.4 km" in summary_text(report)  # Eastern Ghouta's 4.433 km


def _without_buffers(version: Version) -> Version:
    return Version(version.name, {i: f for i, f in version.features.items()
                                  if f.attributes.get("kind") != "buffer"})


def test_no_buffer_zone_no_buffer_section():
    project = read_project(sample_path())
    same = diff_versions(project.agreed, project.agreed)
    assert [b.net_km2 for b in buffer_totals(same)] == [0.0]  # there, unchanged
    assert same.is_empty and "Buffer zones" not in summary_text(same)  # nothing to say
    report = diff_versions(_without_buffers(project.agreed),
                           _without_buffers(project.versions["Proposal B"]))
    assert buffer_totals(report) == []
    assert "Buffer zones" not in summary_text(report)
    assert report_to_dict(report)["buffers"] == []
