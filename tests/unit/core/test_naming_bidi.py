"""Coordinates and figures shown in a right-to-left interface: isolated left to right, a
number kept with its unit, and a displayed coordinate still reads back as a coordinate."""

from __future__ import annotations

import unicodedata

import pytest

from zoneeditor.core.coords import parse_coordinate
from zoneeditor.core.naming import (
    LRI,
    NBSP,
    PDI,
    display_position,
    ltr,
    strip_bidi,
    with_unit,
)


def test_ltr_isolates_and_leaves_empty_text_alone():
    assert ltr("33°30′N") == f"{LRI}33°30′N{PDI}"
    assert ltr("") == ""


def test_a_number_and_its_unit_never_part():
    text = with_unit("275.2", "km²")
    assert text == f"275.2{NBSP}km²"
    assert unicodedata.category(NBSP) == "Zs" and " " not in text


@pytest.mark.parametrize("dms", [False, True])
def test_a_displayed_position_reads_back(dms):
    shown = display_position(36.29, 33.51, dms=dms)
    assert shown.startswith(LRI) and shown.endswith(PDI)
    lon, lat = parse_coordinate(shown)
    assert (lon, lat) == pytest.approx((36.29, 33.51), abs=1e-4)
    # pasted with the marks a right-to-left text field adds around it
    assert parse_coordinate("\u200f" + shown + "\u200e") == pytest.approx((lon, lat))


def test_strip_bidi_removes_every_control():
    assert strip_bidi("\u2066a\u2067b\u2068c\u2069\u200e\u200f\u202ed") == "abcd"
