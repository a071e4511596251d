"""How the figures people compare read, the same in every place that shows them.

A delegate reads an area in the status bar after drawing a zone, again in the Changes table,
in its summary, on the map's change labels and in ``zoneeditor diff``; the same figure must
read the same everywhere, or "5392.45" and "5,392.4" look like two different zones. So:

- an area in km² is grouped by thousands with one decimal: ``area_figure(5392.449)`` is
  "5,392.4"; below 0.05 km² (5 ha), where one decimal would read "0.0", it has two
  significant digits ("0.011"): a listed piece of 1.1 ha read "0.0 km² … passes from no
  party to Opposition", a change that seemed to be nothing;
- a distance in km (a boundary's largest shift, a line's move) has one decimal from 1 km up
  ("4.4", "10.1") and two significant digits below ("0.35", "0.030", "0.0042"), so a shift
  of a few metres never reads as "0.00", nor a 4.433 km one with a precision the
  measurement does not have.

Digits are the Western digits the whole window uses, also in Arabic and Russian (figures are
laid out left to right inside sentences: ``core.naming.figure``). Units are the caller's:
they are translated in the window and English in the terminal.

>>> area_figure(5392.449), distance_figure(4.433), distance_figure(0.0301)
('5,392.4', '4.4', '0.030')
>>> distance_parts(0.0621), distance_parts(5.23663)
(('62', 'm'), ('5.2', 'km'))
"""

from __future__ import annotations

import math

#: Decimals of a distance below 1 km at most (a millimetre): tinier shifts read "0".
_MAX_DECIMALS = 6


def area_figure(km2: float, decimals: int = 1) -> str:
    """An area in km² as it reads everywhere: "5,392.4" (grouped, one decimal; a table of
    whole zones may ask for ``decimals=0``: "5,392"); "0.011", "0.0042" where one decimal
    would read "0.0" (two significant digits, as ``distance_figure`` below 1 km); "0.0" for
    none."""
    size = abs(km2)
    if decimals == 1 and 0 < size < 0.05:
        return distance_figure(km2) if size >= 10 ** -_MAX_DECIMALS else "0.0"
    return f"{km2:,.{decimals}f}"


def distance_figure(km: float) -> str:
    """A distance in km as it reads everywhere: "10.1", "4.4" from 1 km up, "0.35",
    "0.030", "0.0042" below (two significant digits), "0" for none."""
    size = abs(km)
    if size >= 0.995:  # rounds to 1.0 or more with two digits: one decimal
        return f"{km:,.1f}"
    if size < 10 ** -_MAX_DECIMALS:
        return "0"
    exponent = math.floor(math.log10(size))
    text = f"{km:.{min(_MAX_DECIMALS, 1 - exponent)}f}"
    if abs(float(text)) >= 10 ** (exponent + 1):  # 0.0999 rounds up to 0.10, not 0.100
        text = f"{km:.{min(_MAX_DECIMALS, -exponent)}f}"
    return text

def distance_parts(km: float) -> tuple[str, str]:
    """A distance as it reads in a sentence, and its unit ("m" or "km", the caller's to
    translate): ``distance_figure``'s digits, in metres below 1 km — ("62", "m"),
    ("150", "m"), ("4.2", "m"), ("1.2", "km"), ("5.2", "km")."""
    text = distance_figure(km)
    if abs(km) >= 0.995 or text == "0":
        return text, "km" if text != "0" else "m"
    decimals = len(text.partition(".")[2])
    return f"{float(text) * 1000:.{max(0, decimals - 3)}f}", "m"


__all__ = ["area_figure", "distance_figure", "distance_parts"]
