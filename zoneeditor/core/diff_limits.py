"""How many features a comparison takes, and when it says that it will take a while.

The diff's work grows with the number of features, about linearly (matching, measures,
regions and their towns, the party overlay), and so does its memory: the command compared
the sample's baseline with 100,000 tiny zones with a party in ~57 s of CPU and 0.8 GB, on a
shared 2-core machine (docs/diff.md, "Many features"); 300,000 would take some three minutes
and over 2 GB (extrapolated), and no negotiated map has that many zones. Beyond
``MAX_FEATURES`` in one version a comparison is refused before anything is matched, in one
sentence that names the version (a file compared is the version named after it) and its
count — a file already while it is read (``file_refused``: the reader is given the limit and
stops at the first feature too many, or before reading when the file proves its count);
above ``LARGE_FEATURES`` the command line says first that it will take a while.

>>> from zoneeditor.core.model import Version
>>> too_many(Version("tiny.geojson", {}), Version("agreed", {})) is None
True
"""

from __future__ import annotations

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import Message, counted
from zoneeditor.core.model import Version

#: At most this many features in either version of a comparison.
MAX_FEATURES = 100_000
#: Above this many features in a version, a comparison takes half a minute or more.
LARGE_FEATURES = 50_000


def coordinates(*versions: Version) -> int:
    """How many coordinates ``versions`` hold together: what decides whether work on them
    is worth a worker thread (``core.side_worker``) or a forked child (``cli.beside``)."""
    import shapely

    return int(shapely.get_num_coordinates([f.geometry for v in versions for f in v]).sum())


class TooManyFeatures(ZoneEditorError):
    """A version has more features than a comparison takes (``MAX_FEATURES``)."""


def _largest(old: Version, new: Version) -> tuple[Version, int]:
    """The version with more features (the old one on a tie) and its count."""
    n_old, n_new = len(old.features), len(new.features)
    return (old, n_old) if n_old >= n_new else (new, n_new)


def too_many(old: Version, new: Version, limit: int | None = None) -> Message | None:
    """Why ``old`` and ``new`` cannot be compared for their size, or None when they can
    (``limit``: ``MAX_FEATURES``)."""
    limit = MAX_FEATURES if limit is None else limit
    version, count = _largest(old, new)
    if count <= limit:
        return None
    return counted("%1 has %n feature(s): a comparison takes at most %2 in each version",
                   count, version.name, f"{limit:,}")


def file_refused(name: str, limit: int, count: int | None) -> Message:
    """Why the file ``name`` cannot be compared, refused while it was read for holding more
    than ``limit`` features: ``count`` of them when the file proves its count, else "more
    than" (the reader stopped at the first one too many, ``io.exchange.feature_limit``)."""
    if count is not None:
        return counted("%1 has %n feature(s): a comparison takes at most %2 in each version",
                       count, name, f"{limit:,}")
    return Message("%1 has more than %2 features: a comparison takes at most %2 in each version",
                   name, f"{limit:,}")


def check_size(old: Version, new: Version, limit: int | None = None) -> None:
    """Raise ``TooManyFeatures`` when a version has more than ``limit`` features
    (``MAX_FEATURES``)."""
    reason = too_many(old, new, limit)
    if reason is not None:
        raise TooManyFeatures(reason)


def large_note(old: Version, new: Version, above: int | None = None) -> Message | None:
    """A sentence to say before a comparison that will take a while (more than ``above``
    features in a version: ``LARGE_FEATURES``), or None."""
    above = LARGE_FEATURES if above is None else above
    version, count = _largest(old, new)
    if count <= above:
        return None
    return counted("%1 has %n feature(s): comparing them may take minutes", count,
                   version.name)


__all__ = ["LARGE_FEATURES", "MAX_FEATURES", "TooManyFeatures", "check_size", "file_refused",
           "large_note", "too_many"]
