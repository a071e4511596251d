"""Bearing and distance as a Russian or Arabic delegate types it: a decimal comma, a space
before the unit, the unit in Russian (км, м) or Arabic (كم, م), Arabic-Indic digits. An
outside tester had "@90 2,5 км", "@90 2.5 км", "@90 2,5km" and "@90 2.5 كم" refused while
only "@90 2.5km" worked."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from zoneeditor.core.coords import CoordinateError, parse, parse_coordinate
from zoneeditor.core.geodesy import bearing_deg, distance_km
from zoneeditor.core.naming import FSI, PDI, strip_bidi

START = (36.0, 35.0)
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _lands(text: str, bearing: float, km: float) -> None:
    lon, lat = parse_coordinate(text, last=START)
    assert distance_km(*START, lon, lat) == pytest.approx(km, rel=1e-9), text
    assert bearing_deg(*START, lon, lat) % 360 == pytest.approx(bearing % 360, abs=1e-6), text


@pytest.mark.parametrize("text", [
    "@90 2.5km",          # worked before
    "@90 2,5 км",         # the tester's four
    "@90 2.5 км",
    "@90 2,5km",
    "@90 2.5 كم",
    "@90 2.5 km",         # a space before an English unit too
    "@90 2,5",            # no unit: kilometres
    "@90 2500 м",
    "@90 2500м",
    "@90 2500 م",
    "@90 2,5 КМ",         # capitals, as Caps Lock types them
    "@90 2,5 км.",        # the Russian abbreviation's full stop
    "@90 2,5 كلم",        # the Maghreb's abbreviation
    "@٩٠ ٢٫٥ كم",         # Arabic-Indic digits and decimal sign
    "@٩٠ ٢,٥ كم",         # ... with a decimal comma
    "@٩٠، ٢٫٥ كم",        # ... and the Arabic comma between bearing and distance
    "@۹۰ ۲٫۵ کم".replace("ک", "ك"),  # Persian digits
    "@90° 2,5 км",
    "@90°2,5км",
    "@90, 2,5 км",        # a comma then a space between bearing and distance
    "@90,2,5",            # the first comma separates: bearing 90, distance 2,5
    "@90; 2,5 км",
    "@90/2,5 км",
])
def test_local_forms_of_a_bearing_and_distance(text):
    _lands(text, 90, 2.5)


@pytest.mark.parametrize(("text", "bearing", "km"), [
    ("@45,5 2,5 км", 45.5, 2.5),      # a bearing with a decimal comma, a space after it
    ("@45,5° 800 м", 45.5, 0.8),
    ("@45,5; 1 км", 45.5, 1.0),
    ("@45,5 1nm", 45.5, 1.852),
    ("@90,25km", 90, 25),             # no decimal bearing without a separator after it
    ("@45,5,2 км", 45, 5.2),          # the first comma separates, as in "@90,2,5"
    ("@270° 800m", 270, 0.8),
])
def test_decimal_comma_bearings_and_other_units(text, bearing, km):
    _lands(text, bearing, km)


@pytest.mark.parametrize("text", [
    "@90 2,5 мм",         # millimetres are no unit here
    "@90 2,5 mi",
    "@90 2,,5 км",
    "@90 2,5 км км",
    "@90 км",
])
def test_what_is_still_refused_says_how_to_write_it(text):
    with pytest.raises(CoordinateError) as err:
        parse(text, last=START)
    said = strip_bidi(str(err.value)).replace("\xa0", " ")  # kept on one line
    assert "'@bearing distance'" in said
    assert "'@45 2,5 km'" in said and "км" in said and "كم" in said
    # each Arabic unit isolated: "كم, م" must not turn round into one right-to-left run
    assert f"{FSI}كم{PDI},\xa0{FSI}م{PDI}" in str(err.value)


_SEPARATORS = st.sampled_from([" ", "  ", "° ", "°", ", ", "; ", "/", " / "])
_UNITS = st.sampled_from([("km", "km"), ("км", "km"), ("كم", "km"), ("m", "m"), ("м", "m"),
                          ("م", "m"), ("nm", "nm"), ("", "km")])


@settings(max_examples=300, deadline=None)
@given(bearing=st.integers(0, 3600), dist=st.integers(1, 99_999), sep=_SEPARATORS,
       unit=_UNITS, space=st.sampled_from(["", " "]), comma=st.booleans(),
       digits=st.sampled_from([None, ARABIC_DIGITS, PERSIAN_DIGITS]))
def test_any_written_form_reads_as_the_plain_one(bearing, dist, sep, unit, space, comma,
                                                 digits):
    """Tenths of a degree and thousandths of the unit, written every accepted way, land
    exactly where "@45.5 2.5km" written plainly lands."""
    mark = "," if comma else "."
    brg_text = f"{bearing // 10}{mark}{bearing % 10}"
    # "@45,5, 2" is refused: after a bearing's decimal comma another comma is ambiguous
    assume(not (comma and sep.startswith(",")))
    dist_text = f"{dist // 1000}{mark}{dist % 1000:03d}"
    written, plain_unit = unit
    text = f"@{brg_text}{sep}{dist_text}{space if written else ''}{written}"
    if digits is not None:
        text = text.translate(digits)
    plain = f"@{bearing / 10} {dist / 1000}{plain_unit}"
    assert parse_coordinate(text, last=START) == parse_coordinate(plain, last=START), text


@settings(max_examples=200, deadline=None)
@given(brg=st.integers(0, 360), whole=st.integers(0, 50), tenth=st.integers(1, 9))
def test_a_decimal_comma_means_what_a_decimal_point_means(brg, whole, tenth):
    point = parse_coordinate(f"@{brg} {whole}.{tenth} km", last=START)
    comma = parse_coordinate(f"@{brg} {whole},{tenth} км", last=START)
    arabic = parse_coordinate(f"@{brg} {whole}٫{tenth} كم".translate(ARABIC_DIGITS),
                              last=START)
    assert point == comma == arabic
