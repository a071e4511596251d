"""How many features a reading may take (``ReadOptions.max_features``), and its refusal.

A comparison takes at most ``core.diff_limits.MAX_FEATURES`` features in a version. A file
with more used to be read whole in the sandboxed child (every geometry built, the lot sent
to the editor) and only then refused; a hostile or huge file cost all of that first. The
readers now refuse it as soon as they know: from the file's own count where that count can
be trusted — a GeoJSON's ``features`` list and a KML's placemarks once parsed, a
GeoPackage layer's rows counted by SQLite, a shapefile whose whole .shp, .shx and .dbf agree
on it — before a geometry is built; else at the first feature past the limit
(``check_seen``). A count that can lie (a truncated .shp, a rebuilt .shx, a .dbf that
disagrees) never refuses a file by itself: the features read are counted all the same.
"""

from __future__ import annotations

from zoneeditor.core.messages import Message, counted
from zoneeditor.io.exchange.read_terms import ReadFailure, ReadOptions


class TooManyFeatures(ReadFailure):
    """The file holds more features than the reading takes (``limit``, from
    ``ReadOptions.max_features``); ``count`` is how many it holds when its own count is
    trusted, None when the reader stopped at the first feature past the limit."""

    def __init__(self, limit: int, count: int | None = None) -> None:
        if count is None:
            reason = Message("it has more than %1 features; at most %1 can be read here",
                             f"{limit:,}")
        else:
            reason = counted("it has %n feature(s); at most %1 can be read here", count,
                             f"{limit:,}")
        super().__init__(reason)
        self.limit = limit
        self.count = count


def check_count(count: int, limit: int | None) -> None:
    """Refuse, before any feature is read, a file whose trusted count ``count`` is over
    ``limit`` (``ReadOptions.max_features``; None: no limit)."""
    if limit is not None and count > limit:
        raise TooManyFeatures(limit, count)


def check_seen(seen: int, limit: int | None) -> None:
    """Refuse once ``seen`` features have been read and that is more than ``limit``: the
    reader stops at the first feature too many, whatever the file says of its size."""
    if limit is not None and seen > limit:
        raise TooManyFeatures(limit)


def within(options: ReadOptions, used: int) -> ReadOptions:
    """``options`` for the next part of a file (a zip's next member) once ``used``
    features were read from the parts before it: the parts share one limit."""
    from dataclasses import replace

    if options.max_features is None:
        return options
    return replace(options, max_features=max(0, options.max_features - used))


__all__ = ["TooManyFeatures", "check_count", "check_seen", "within"]
