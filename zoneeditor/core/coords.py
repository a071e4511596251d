"""Typed coordinates: the next vertex from text a delegate reads off a paper map or a GPS.

Accepted notations (case and spacing are free):

- **Decimal degrees**: ``33.51, 36.29`` · ``33.51 36.29`` · ``33.51N 36.29E`` ·
  ``N33.51 E36.29`` · ``-33.9, 18.4``.
- **Degrees, minutes, seconds**: ``33°30'36"N 36°17'29"E`` · ``33 30 36 N 36 17 29 E`` ·
  ``33d30m36s 36d17m29s`` · ``33°30′36″N`` (unicode primes) · decimal minutes ``33°30.6'N``.
- **UTM**: zone number and latitude band letter, easting, northing in metres:
  ``37S 267000 3710000`` (the letter is the band, C–M south of the equator, N–X north).
- **MGRS**: ``37SBT4827211116`` or ``37S BT 48272 11116`` (1 to 5 digit pairs).
- **Bearing and distance from the last vertex**: ``@45 2.5km`` — ``@`` then the bearing in
  degrees from true north (clockwise), then the distance with ``km`` (default), ``m`` or
  ``nm`` (nautical miles): ``@270° 800m``. A space may come before the unit, the units may
  be written in Russian (``км``, ``м``) or Arabic (``كم``, ``م``), and numbers may have a
  decimal comma or Arabic-Indic digits: ``@90 2,5 км`` · ``@٩٠ ٢٫٥ كم``.

Order rule for latitude/longitude: letters N/S/E/W decide when given (in any order).
Without letters the pair is **latitude first, then longitude** (as GPS units and most
printed maps give it); when the first value cannot be a latitude (beyond ±90°) while the
second can, the pair is read as longitude, latitude.

>>> parse_coordinate("33.51, 36.29")
(36.29, 33.51)
>>> [round(v, 5) for v in parse_coordinate("33°30'36\\"N 36°17'29\\"E")]
[36.29139, 33.51]
>>> parse_coordinate("33.51 E 36.29 N")
(33.51, 36.29)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import pyproj

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.geodesy import destination
from zoneeditor.core.messages import Message
from zoneeditor.core.naming import embedded, ltr, strip_bidi

XY = tuple[float, float]

EXAMPLES = (Message("%1 (latitude, longitude)", "33.51, 36.29"), "33°30'36\"N 36°17'29\"E",
            "33 30.6 N 36 17.5 E", "37S 267000 3710000 (UTM)", "37SBT4827211116 (MGRS)",
            Message("%1 (bearing and distance from the last vertex)", "@45 2.5km"))


class CoordinateError(ZoneEditorError, ValueError):
    """Text that is not a coordinate; the message (a Message: the window translates it)
    says what was expected, with examples. A ValueError too, as callers expect."""


def _shown(text: str) -> str:
    """What the user typed, quoted as typed (``repr`` wrote 33°75\'00"N with a backslash
    nobody typed) and isolated left to right, so an Arabic sentence keeps its order; its
    spaces do not break (a line broken inside it reorders its halves in Arabic)."""
    return ltr("'" + text.strip().replace(" ", "\u00a0") + "'")


def _expected(problem: Message) -> CoordinateError:
    examples = Message("%1 · %2 · %3 · %4 · %5 · %6", *EXAMPLES)
    return CoordinateError(Message("%1. Expected e.g. %2", problem, examples))


@dataclass(frozen=True)
class Coordinate:
    """A parsed position and the notation it was written in."""

    lon: float
    lat: float
    notation: str
    #: Read as longitude, latitude although written without letters: the first value
    #: cannot be a latitude (the order rule) — worth saying, as "91, 38" lands in China.
    reordered: bool = False
    #: The order was the order rule's (no N/S/E/W letter fixed it): the two numbers could
    #: have been meant the other way round (``other_reading``).
    by_rule: bool = False

    @property
    def xy(self) -> XY:
        """(lon, lat), the order geometries use."""
        return (self.lon, self.lat)

    def other_reading(self) -> XY | None:
        """The position (lon, lat) the two typed numbers give read the other way round, or
        None when no other reading exists: a letter N/S/E/W fixed the order, the notation
        has no order (UTM, MGRS, bearing), the numbers are equal, or the other reading is
        no position ("95, 38" read latitude first is latitude 95). The coordinate box
        offers it when the typed reading lands far off the drawing (``core.far_vertex``).

        >>> parse("36.95, 35.05").other_reading()
        (36.95, 35.05)
        >>> parse("95, 38").other_reading() is None
        True
        """
        if not self.by_rule or self.lon == self.lat or abs(self.lon) > 90:
            return None
        return (self.lat, self.lon)


# -- normalisation --------------------------------------------------------------------------
_REPLACE = {
    "′": "'", "’": "'", "‘": "'", "`": "'", "´": "'", "ʹ": "'",
    "″": '"', "“": '"', "”": '"', "ʺ": '"', "''": '"',
    "º": "°", "˚": "°", "−": "-", "–": "-",
    # as an Arabic keyboard types them (its digits are digits already): decimal sign,
    # comma, semicolon; a thousands sign is dropped (UTM metres "267٬000")
    "٫": ".", "،": ",", "؛": ";", "٬": "",
}
# Two numbers written with a decimal comma, as Russian and most of Europe write them:
# "34,1; 38,1" (a semicolon between) or "34,1 38,1" (a space between).
_DECIMAL_COMMAS = re.compile(r"^\s*(-?\d+),(\d+)\s*(?:;\s*|\s+)(-?\d+),(\d+)\s*$")


def _normalise(text: str) -> str:
    s = text
    for a, b in _REPLACE.items():  # before NFKC, which would turn º into a letter o
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKC", s).strip()
    m = _DECIMAL_COMMAS.match(s)
    if m:
        s = f"{m[1]}.{m[2]}, {m[3]}.{m[4]}"
    return re.sub(r"\s+", " ", s)


# -- bearing and distance --------------------------------------------------------------------
# A number may have a decimal comma, as Russian and Arabic write it ("2,5"; the Arabic decimal
# sign became "." in _normalise); Arabic-Indic digits are digits to ``\d`` and ``float``.
# A bearing's decimal comma counts only before a degree sign, a space, ";" or "/": in
# "@90,2,5" the first comma separates the bearing (90) from the distance (2,5).
_BEARING = re.compile(
    r"^@\s*(?P<brg>\d+(?:\.\d+|,\d+(?=\s*°|\s*[;/]|\s))?)"
    r"(?:\s*°\s*[,;/]?\s*|\s*[,;/]\s*|\s+)"
    r"(?P<dist>\d+(?:[.,]\d+)?)\s*(?:(?P<unit>km|nm|m|км|м|كم|كلم|م)\.?)?$",
    re.IGNORECASE,
)
#: Kilometres per unit, as written in English, Russian (км, м) and Arabic (كم or كلم, م).
_UNIT_KM = {"km": 1.0, "км": 1.0, "كم": 1.0, "كلم": 1.0,
            "m": 0.001, "м": 0.001, "م": 0.001, "nm": 1.852}
#: The units a distance may be written in, as the refusal and the entry box's tooltip list
#: them (``distance_units``).
UNIT_NAMES = ("km", "m", "nm", "км", "м", "كم", "م")


def distance_units() -> str:
    """``UNIT_NAMES`` for a sentence of either direction, on one line: each unit isolated in
    its own direction (without it "كم, م" turned round into one right-to-left run), the list
    left to right."""
    return ltr(",\u00a0".join(embedded(u) for u in UNIT_NAMES))


def _number(text: str) -> float:
    """A matched number, with a decimal comma or point, in any script's digits."""
    return float(text.replace(",", "."))


def _bearing(s: str, last: XY | None) -> Coordinate:
    m = _BEARING.match(s)
    if not m:
        raise CoordinateError(Message(
            "a bearing and distance is written '@bearing distance', e.g. %1 or %2 (degrees "
            "from true north, then the distance in %3)", _shown("@45 2.5km"),
            _shown("@45 2,5 km"), distance_units()))
    if last is None:
        raise CoordinateError(Message("a bearing and distance needs a previous vertex: place "
                                      "the first vertex by click or by coordinates"))
    brg = _number(m.group("brg"))
    if brg > 360:
        raise CoordinateError(Message("a bearing is 0 to 360 degrees, not %1", f"{brg:g}"))
    km = _number(m.group("dist")) * _UNIT_KM[(m.group("unit") or "km").lower()]
    if km <= 0:
        raise CoordinateError(Message("the distance must be more than zero"))
    lon, lat = destination(last[0], last[1], brg, km)
    return Coordinate(lon, lat, "bearing")


# -- UTM and MGRS ----------------------------------------------------------------------------
_BANDS = "CDEFGHJKLMNPQRSTUVWX"
_UTM = re.compile(
    r"^(?P<zone>\d{1,2})\s*(?P<band>[C-HJ-NP-X])\s+(?P<e>\d{4,}(?:\.\d+)?)\s*(?:m\s*)?E?"
    r"(?:\s*[,;]\s*|\s+)(?P<n>\d{4,}(?:\.\d+)?)\s*(?:m\s*)?N?$",
    re.IGNORECASE,
)
_MGRS = re.compile(r"^(?P<gzd>\d{1,2}[C-HJ-NP-X])(?P<sq>[A-HJ-NP-Z]{2})(?P<digits>\d*)$",
                   re.IGNORECASE)


@lru_cache(maxsize=120)
def _utm_to_wgs(zone: int, south: bool) -> pyproj.Transformer:
    epsg = (32700 if south else 32600) + zone
    return pyproj.Transformer.from_crs(f"EPSG:{epsg}", "EPSG:4326", always_xy=True)


def _band_of(lat: float) -> str:
    i = int((lat + 80) // 8)
    return _BANDS[max(0, min(i, len(_BANDS) - 1))]


def _utm(m: re.Match[str]) -> Coordinate:
    zone = int(m.group("zone"))
    band = m.group("band").upper()
    if not 1 <= zone <= 60:
        raise CoordinateError(Message("UTM zones are numbered 1 to 60, not %1", zone))
    easting, northing = float(m.group("e")), float(m.group("n"))
    if not 100_000 <= easting <= 900_000:
        raise CoordinateError(Message("a UTM easting lies between 100000 and 900000 m, not %1 "
                                      "(were easting and northing swapped?)", f"{easting:g}"))
    if not 0 <= northing <= 10_000_000:
        raise CoordinateError(Message("a UTM northing lies between 0 and 10000000 m, not %1",
                                      f"{northing:g}"))
    south = band < "N"
    lon, lat = _utm_to_wgs(zone, south).transform(easting, northing)
    found = _band_of(lat)
    if abs(_BANDS.index(found) - _BANDS.index(band)) > 1:
        raise CoordinateError(Message("%1 lies in band %2, not %3: check the northing",
                                      f"{zone}{band} {easting:g} {northing:g}", found, band))
    return Coordinate(lon, lat, "UTM")


def _mgrs(compact: str) -> Coordinate:
    m = _MGRS.match(compact)
    assert m is not None
    digits = m.group("digits")
    if len(digits) % 2 or len(digits) > 10:
        raise CoordinateError(Message("an MGRS reference has an even number of digits (2 to "
                                      "10) after the square letters, not %1: e.g. "
                                      "37SBT4827211116", len(digits)))
    try:
        import mgrs  # the maintained MGRS package (GeoTrans code)

        lat, lon = mgrs.MGRS().toLatLon(compact.upper())
    except Exception:  # the package raises its own error type for bad squares
        # the package's own words ("Invalid MGRS string") say no more than ours
        raise CoordinateError(Message("%1 is not a valid MGRS reference", compact.upper())
                              ) from None
    return Coordinate(float(lon), float(lat), "MGRS")


# -- degrees (decimal or DMS) ----------------------------------------------------------------
_TOKEN = re.compile(
    r"""(?P<num>[-+]?\d+(?:\.\d+)?)(?:\s*(?P<sym>°|'|")|(?P<word>deg|min|sec|d|m|s)(?![a-z]))?
      |(?P<hemi>[NSEWnsew])(?![a-z])
      |(?P<sep>[,;/])
      |(?P<space>\s+)
    """,
    re.VERBOSE,
)
_UNIT = {"°": 0, "deg": 0, "d": 0, "'": 1, "min": 1, "m": 1, '"': 2, "sec": 2, "s": 2}


@dataclass
class _Group:
    parts: list[tuple[float, int | None, str]] = field(default_factory=list)  # value, slot, text
    hemi: str = ""

    def slots(self) -> set[int]:
        return {s for _, s, _ in self.parts if s is not None}


def _tokens(s: str) -> list[tuple[str, str, int | None]]:
    out = []
    pos = 0
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if not m or m.end() == pos:
            if pos == 0:  # nothing of it reads ("hello world"): said once, not twice
                raise _expected(Message("cannot read %1", _shown(s)))
            raise _expected(Message("cannot read %1 in %2", _shown(s[pos:]), _shown(s)))
        pos = m.end()
        if m.group("num") is not None:
            unit = m.group("sym") or m.group("word")
            out.append(("num", m.group("num"), _UNIT[unit.lower()] if unit else None))
        elif m.group("hemi"):
            out.append(("hemi", m.group("hemi").upper(), None))
        elif m.group("sep"):
            out.append(("sep", m.group("sep"), None))
    return out


def _groups(tokens: list[tuple[str, str, int | None]]) -> list[_Group]:
    prefix = bool(tokens) and tokens[0][0] == "hemi"
    groups: list[_Group] = []
    cur = _Group()

    def close() -> None:
        nonlocal cur
        if cur.parts or cur.hemi:
            groups.append(cur)
        cur = _Group()

    for kind, text, slot in tokens:
        if kind == "sep":
            close()
        elif kind == "hemi":
            if prefix:
                close()
                cur.hemi = text
            else:
                if not cur.parts:
                    raise _expected(Message("the letter %1 must follow its number", text))
                cur.hemi = text
                close()
        else:
            value = float(text)
            if slot is not None and cur.parts and (
                    slot == 0 or slot in cur.slots()
                    or slot <= max(cur.slots() | {len(cur.parts) - 1})):
                close()
            cur.parts.append((value, slot, text))
    close()
    if len(groups) == 1 and not groups[0].hemi and all(s is None for _, s, _ in groups[0].parts):
        parts = groups[0].parts  # bare numbers only: "33 30 36 36 17 29" splits in halves
        if len(parts) in (2, 4, 6):
            half = len(parts) // 2
            groups = [_Group(parts[:half]), _Group(parts[half:])]
    return groups


def _value(g: _Group, source: str) -> float:
    if not g.parts:
        raise _expected(Message("no number before %1 in %2", g.hemi, _shown(source)))
    if len(g.parts) > 3:
        raise _expected(Message("too many numbers in one coordinate of %1", _shown(source)))
    vals = [0.0, 0.0, 0.0]
    next_slot = 0
    for value, slot, _text in g.parts:
        s = next_slot if slot is None else slot
        if s > 2:
            raise _expected(Message("too many numbers in one coordinate of %1", _shown(source)))
        vals[s] = value
        next_slot = s + 1
    last_slot = next_slot - 1
    for i, (value, _slot, text) in enumerate(g.parts):
        if "." in text and i != len(g.parts) - 1:
            raise _expected(Message("only the last of degrees/minutes/seconds may have decimals "
                                    "(%1 in %2)", text, _shown(source)))
        if i > 0 and value < 0:
            raise _expected(Message("minutes and seconds cannot be negative in %1",
                                    _shown(source)))
    deg, mins, secs = vals
    if last_slot >= 1 and not 0 <= mins < 60:
        raise CoordinateError(Message("minutes must be 0 to 59.999, not %1 (in %2)",
                                      f"{mins:g}", _shown(source)))
    if last_slot >= 2 and not 0 <= secs < 60:
        raise CoordinateError(Message("seconds must be 0 to 59.999, not %1 (in %2)",
                                      f"{secs:g}", _shown(source)))
    sign = -1.0 if deg < 0 or g.hemi in ("S", "W") else 1.0
    if deg < 0 and g.hemi:
        raise CoordinateError(Message("give either a minus sign or a letter N/S/E/W, not both "
                                      "(in %1)", _shown(source)))
    return sign * (abs(deg) + mins / 60.0 + secs / 3600.0)


def _degrees(s: str) -> Coordinate:
    groups = _groups(_tokens(s))
    if len(groups) != 2:
        raise _expected(Message("%1 does not look like one latitude and one longitude",
                                _shown(s)))
    a, b = groups
    va, vb = _value(a, s), _value(b, s)
    lat_letters, lon_letters = {"N", "S"}, {"E", "W"}
    if a.hemi or b.hemi:
        if (a.hemi in lat_letters and b.hemi in lat_letters) or \
                (a.hemi in lon_letters and b.hemi in lon_letters):
            raise CoordinateError(Message("%1 has two latitudes or two longitudes (N/S with "
                                          "E/W)", _shown(s)))
        a_is_lat = a.hemi in lat_letters or b.hemi in lon_letters
    else:
        a_is_lat = not (abs(va) > 90 and abs(vb) <= 90)
    lat, lon = (va, vb) if a_is_lat else (vb, va)
    if not -90 <= lat <= 90:
        raise CoordinateError(Message("latitude must be between -90 and 90, not %1",
                                      f"{lat:g}"))
    if not -180 <= lon <= 180:
        raise CoordinateError(Message("longitude must be between -180 and 180, not %1",
                                      f"{lon:g}"))
    dms = any(len(g.parts) > 1 or any(slot for _, slot, _ in g.parts) for g in groups)
    return Coordinate(lon, lat, "DMS" if dms else "decimal degrees",
                      reordered=not (a.hemi or b.hemi) and not a_is_lat,
                      by_rule=not (a.hemi or b.hemi))


# -- entry point -----------------------------------------------------------------------------
def parse(text: str, last: XY | None = None) -> Coordinate:
    """Read ``text`` in any accepted notation; ``last`` (lon, lat) is the previous vertex,
    needed only for bearing and distance. Raises CoordinateError saying what was expected.

    Bidi marks and isolates around or inside the text are ignored: a coordinate copied from
    a right-to-left interface carries them (see ``core.naming.ltr``)."""
    s = _normalise(strip_bidi(text))
    if not s:
        raise _expected(Message("no coordinate given"))
    if s.startswith("@"):
        return _bearing(s, last)
    m = _UTM.match(s)
    if m:
        return _utm(m)
    compact = s.replace(" ", "")
    if _MGRS.match(compact):
        return _mgrs(compact)
    if re.match(r"^\d{1,2}[C-HJ-NP-X]\b", s, re.IGNORECASE) and re.search(r"\d{5,}", s):
        raise CoordinateError(Message("a UTM position is 'zone+band easting northing', e.g. "
                                      "37S 267000 3710000"))
    return _degrees(s)


def parse_coordinate(text: str, last: XY | None = None) -> XY:
    """Like ``parse`` but returns just (lon, lat)."""
    c = parse(text, last)
    return (c.lon, c.lat)
