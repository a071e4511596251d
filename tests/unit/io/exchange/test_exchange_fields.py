"""Shapefile field names: unique 10-character names, never cut silently, restorable."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from zoneeditor.io.exchange.fields import (
    changed_names,
    read_sidecar,
    short_names,
    sidecar_path,
    write_sidecar,
)


def test_long_names_are_cut_without_collisions():
    names = short_names(["zid", "name", "width_left_km", "width_right_km", "width_left_m",
                         "width_left"])
    assert names["zid"] == "zid" and names["name"] == "name"
    # The existing 10-character name keeps its name; the long ones get suffixes.
    assert names["width_left"] == "width_left"
    assert names["width_right_km"] == "width_righ"
    assert names["width_left_km"] == "width_le_2"
    assert names["width_left_m"] == "width_le_3"
    assert changed_names(names) == {"width_left_km": "width_le_2", "width_right_km": "width_righ",
                                    "width_left_m": "width_le_3"}


def test_non_ascii_names_keep_their_script_and_fit_ten_bytes():
    names = short_names(["اسم", "название", "name"])
    assert names == {"اسم": "اسم", "название": "назва", "name": "name"}
    # A name the file's encoding cannot hold becomes ASCII (cp1256 has no Cyrillic).
    names = short_names(["اسم", "название", "name"], "cp1256")
    assert names == {"اسم": "اسم", "название": "field", "name": "name"}


@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=40, unique=True),
       st.sampled_from(["utf-8", "cp1256", "cp1251"]))
def test_short_names_are_always_unique_and_short(names, encoding):
    out = short_names(names, encoding)
    assert list(out) == names
    shorts = list(out.values())
    assert all(1 <= len(s.encode(encoding)) <= 10 for s in shorts)
    assert len({s.casefold() for s in shorts}) == len(shorts)


def test_sidecar_round_trip(tmp_path: Path):
    shp = tmp_path / "agreed_zones.shp"
    mapping = short_names(["zid", "width_left_km", "width_right_km"])
    path = write_sidecar(shp, mapping)
    assert path == sidecar_path(shp) == tmp_path / "agreed_zones.fields.json"
    assert read_sidecar(shp) == {"zid": "zid", "width_left": "width_left_km",
                                 "width_righ": "width_right_km"}


def test_damaged_sidecar_is_ignored(tmp_path: Path):
    shp = tmp_path / "x.shp"
    sidecar_path(shp).write_text("{not json", encoding="utf-8")
    assert read_sidecar(shp) == {}
