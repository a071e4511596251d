"""Coordinate entry: every notation, the lat/lon order rule, and clear errors for bad text."""

from __future__ import annotations

import pyproj
import pytest

from zoneeditor.core.coords import CoordinateError, parse, parse_coordinate
from zoneeditor.core.geodesy import bearing_deg, distance_km

LAT, LON = 33.51, 36.291388888888889  # 33°30'36"N 36°17'29"E


@pytest.mark.parametrize("text", [
    "33.51, 36.29", "33.51 36.29", "33.51;36.29", "33.51N 36.29E", "N33.51 E36.29",
    "36.29E 33.51N", "33.51 n, 36.29 e", "  33.51 ,  36.29  ",
])
def test_decimal_degrees(text):
    assert parse_coordinate(text) == pytest.approx((36.29, 33.51))
    assert parse(text).notation == "decimal degrees"


def test_decimal_order_rule_and_signs():
    assert parse_coordinate("-33.9, 18.4") == pytest.approx((18.4, -33.9))
    assert parse_coordinate("33.9S 18.4W") == pytest.approx((-18.4, -33.9))
    # the first value cannot be a latitude: read as longitude, latitude
    assert parse_coordinate("120.5, 33.1") == pytest.approx((120.5, 33.1))


@pytest.mark.parametrize("text", [
    "33°30'36\"N 36°17'29\"E",
    "33°30′36″N 36°17′29″E",
    "33º30’36”N 36º17’29”E",
    "N33°30'36\" E36°17'29\"",
    "33 30 36 N 36 17 29 E",
    "33 30 36 36 17 29",
    "33d30m36s 36d17m29s",
    "33d 30m 36s N, 36d 17m 29s E",
    "33° 30' 36\" N, 36° 17' 29\" E",
])
def test_degrees_minutes_seconds(text):
    lon, lat = parse_coordinate(text)
    assert (lat, lon) == pytest.approx((LAT, LON), abs=1e-9)
    assert parse(text).notation == "DMS"


def test_decimal_minutes():
    lon, lat = parse_coordinate("33°30.6'N 36°17.49'E")
    assert lat == pytest.approx(33.51) and lon == pytest.approx(36 + 17.49 / 60)
    assert parse_coordinate("33 30.6 N 36 17.49 E") == pytest.approx((lon, lat))


def test_utm_matches_pyproj():
    lon, lat = parse_coordinate("37S 267000 3710000")
    back = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)
    e, n = back.transform(lon, lat)
    assert (e, n) == pytest.approx((267000, 3710000), abs=0.01)
    assert parse("37S 267000mE 3710000mN").notation == "UTM"
    # a band south of the equator selects the southern hemisphere
    lon, lat = parse_coordinate("33H 261000 6243000")
    assert lat < 0


def test_mgrs():
    c = parse("37SBT4827211116")
    assert c.notation == "MGRS"
    assert (c.lat, c.lon) == pytest.approx((33.51, 36.29), abs=1e-4)
    assert parse_coordinate("37S BT 48272 11116") == pytest.approx((c.lon, c.lat))
    # 100 m precision: the south-west corner of the square
    assert distance_km(*parse_coordinate("37SBT482111"), c.lon, c.lat) < 0.15


def test_bearing_and_distance_from_last_vertex():
    start = (36.0, 35.0)
    lon, lat = parse_coordinate("@45 2.5km", last=start)
    assert distance_km(*start, lon, lat) == pytest.approx(2.5, rel=1e-9)
    assert bearing_deg(*start, lon, lat) == pytest.approx(45, abs=1e-6)
    lon, lat = parse_coordinate("@270° 800m", last=start)
    assert distance_km(*start, lon, lat) == pytest.approx(0.8)
    lon, lat = parse_coordinate("@0 1nm", last=start)
    assert distance_km(*start, lon, lat) == pytest.approx(1.852)


@pytest.mark.parametrize(("text", "says"), [
    ("", "no coordinate"),
    ("hello", "Expected e.g."),
    ("33.51", "one latitude and one longitude"),
    ("95, 200", "latitude must be between -90 and 90"),
    ("33.51, 190", "longitude must be between -180 and 180"),
    ("33°61'N 36°E", "minutes must be 0 to 59"),
    ("33°30'75\"N 36°E", "seconds must be 0 to 59"),
    ("33N 36N", "two latitudes"),
    ("33.5°30'N 36E", "only the last"),
    ("37S 3710000 267000", "easting"),
    ("61S 267000 3710000", "zones are numbered 1 to 60"),
    ("37SBT123", "even number of digits"),
    ("@45 2km", "needs a previous vertex"),
    ("@400 2km", "0 to 360"),
    ("@45", "'@bearing distance'"),
])
def test_bad_text_says_what_was_expected(text, says):
    with pytest.raises(CoordinateError) as err:
        parse(text, last=(36.0, 35.0) if "needs" not in says else None)
    assert says in str(err.value)
    assert isinstance(err.value, ValueError)


def test_a_refusal_is_a_message_the_window_translates():
    from zoneeditor.core.messages import Message

    with pytest.raises(CoordinateError) as err:
        parse("95, 200")
    message = err.value.message
    assert isinstance(message, Message)
    assert message.template == "latitude must be between -90 and 90, not %1"
    assert message.args == ("95",)
    with pytest.raises(CoordinateError) as err:
        parse("33.51")
    message = err.value.message
    assert message.template == "%1. Expected e.g. %2"
    assert message.args[0].template == "%1 does not look like one latitude and one longitude"
    examples = message.args[1]
    assert isinstance(examples, Message) and "37SBT4827211116 (MGRS)" in examples


def test_what_was_typed_is_quoted_as_typed_and_once():
    """A tester read "cannot read 'hello world' in 'hello world'" and a minutes error quoting
    33°75\\'00"N with a backslash nobody typed."""
    from zoneeditor.core.naming import strip_bidi

    with pytest.raises(CoordinateError) as whole:
        parse("hello world")
    text = strip_bidi(str(whole.value)).replace("\xa0", " ")  # (kept on one line)
    assert text.startswith("cannot read 'hello world'. Expected e.g.")
    with pytest.raises(CoordinateError) as dms:
        parse("33°75'00\"N 38°30'00\"E")
    text = strip_bidi(str(dms.value)).replace("\xa0", " ")
    assert "\\" not in text and "'33°75'00\"N 38°30'00\"E'" in text


@pytest.mark.parametrize("text", [
    "34.1، 38.1",       # the Arabic comma, as an Arabic keyboard types it
    "٣٤٫١، ٣٨٫١",       # Arabic-Indic digits with the Arabic decimal sign
    "۳۴٫۱ ۳۸٫۱",        # Persian digits, a space between
    "34,1; 38,1",       # decimal commas, as Russian writes them, a semicolon between
    "34,1 38,1",        # decimal commas, a space between
])
def test_arabic_and_decimal_comma_forms(text):
    assert parse_coordinate(text) == pytest.approx((38.1, 34.1))


def test_decimal_commas_never_hide_a_plain_comma_list():
    assert parse_coordinate("34, 38") == pytest.approx((38.0, 34.0))
    assert parse_coordinate("34.5,38.5") == pytest.approx((38.5, 34.5))


def test_a_far_pair_that_fits_near_the_other_way_round_is_probably_swapped():
    """The cases of the status-bar guess (``probably_swapped``, replaced by the window's
    question in December 2026), asked of ``far_vertex`` around one vertex by Hama."""
    from zoneeditor.core.far_vertex import far_vertex, reference

    def at(xy):
        return reference([xy], [], (0.0, 0.0, 1.0, 1.0))

    hama = at((36.7, 35.2))
    assert far_vertex(parse("36.95, 35.05"), hama).other == (36.95, 35.05)
    assert far_vertex(parse("36°57' 35°03'"), hama).other == (36.95, 35.05)  # DMS, no letters
    assert far_vertex(parse("35.05, 36.95"), hama) is None  # as meant: near, no question
    assert far_vertex(parse("N36.95 E35.05"), hama).other is None  # letters decide
    assert far_vertex(parse("91, 38"), hama).other is None  # latitude 91 is no reading
    # far (94 km) but the other reading is farther still (340 km): nothing to offer
    assert far_vertex(parse("36.95, 35.05"), at((34.0, 37.0))).other is None
    assert far_vertex(parse("12.0, 50.0"), hama).other is None  # far either way: no guess
