"""Find file paths, file names and addresses in a sentence that are not isolated left to
right: in an Arabic sentence such a path is laid out backwards ("…T110123/" for a path ending
"/…T110123"), its extension moved to the wrong end (docs/i18n.md, ``core.naming.path_text``).

``bare_paths(text)`` lists them. A path is isolated when the innermost isolate around it
is a LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE (or a FIRST STRONG ISOLATE whose first
strong letter is a left-to-right one). A path is read up to a space: the rest of a path
with a space in it must lie in the same isolate, or it is reported too.
"""

from __future__ import annotations

import re
import unicodedata

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_OPEN = (LRI, RLI, FSI)
#: Extensions of the files the editor names in its sentences.
EXTENSIONS = ("gpkg", "zej", "lock", "json", "geojson", "shp", "zip", "kml", "kmz", "gpx",
              "tif", "tiff", "pdf", "png", "csv", "osm", "pbf", "dxf", "jpg", "svg")
_STOP = "\\s\u2066-\u2069<>«»\"“”"
#: A whole path ("/…", "~/…", "C:\\…", where a word starts: "3/4" is none), an address
#: ("user@host:5432/db") or a file name with one of ``EXTENSIONS`` (and whatever suffix
#: follows it: ".zej.set-aside-2026…").
PATH = re.compile(
    rf"(?<![^{_STOP}(])(?:[A-Za-z]:[\\/]|~?/)[^{_STOP}]+"
    rf"|[^{_STOP}/\\:()،,]+@[^{_STOP}/]+(?:/[^{_STOP}]*)?"
    rf"|[^{_STOP}/\\:()،,]+\.(?:{'|'.join(EXTENSIONS)})\b[^{_STOP}]*")


def _first_strong_is_ltr(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return True


def _isolates(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, left to right) of the text inside each isolate of ``text``: LRI, RLI,
    or FSI by its first strong letter; an isolate left open runs to the end of the text,
    as the bidi algorithm reads it."""
    spans: list[tuple[int, int, bool]] = []
    opened: list[tuple[int, str]] = []
    for i, ch in enumerate(text + PDI * len(text)):  # closes what is left open
        if i < len(text) and ch in _OPEN:
            opened.append((i, ch))
        elif ch == PDI and opened:
            start, kind = opened.pop()
            inner = text[start + 1:i]
            spans.append((start + 1, i, kind == LRI or (kind == FSI
                                                         and _first_strong_is_ltr(inner))))
        elif i >= len(text):
            break
    return spans


def bare_paths(text: str) -> list[str]:
    """The paths, addresses and file names in ``text`` that are not isolated left to right
    ([] when every one is): the innermost isolate around each must run left to right (a
    right-to-left isolate inside a left-to-right one turns it round again)."""
    spans = _isolates(text)
    bare: list[str] = []
    for match in PATH.finditer(text):
        found = match.group(0).rstrip(".,;:!?)")  # the sentence's own stop after a path
        begin, end = match.start(), match.start() + len(found)
        around = [s for s in spans if s[0] <= begin and end <= s[1]]
        innermost = max(around, default=None, key=lambda s: s[0])
        if innermost is None or not innermost[2]:
            bare.append(found)
    return bare


__all__ = ["PATH", "bare_paths"]
