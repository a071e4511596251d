"""Compact, versioned byte encoding of change sets and whole projects for the journal.

A record is ``MAGIC`` + a format byte, a length-prefixed UTF-8 JSON header, then the
geometries as length-prefixed WKB blobs that the header refers to by position. WKB keeps
coordinates bit-exact (a replayed change must equal the live one, or ``Document.apply``
refuses it as a conflict); JSON keeps attributes readable and Unicode-safe (Arabic and
Russian names go in as they are, not as escapes).

>>> from shapely import Point
>>> from zoneeditor.core.changes import ChangeSet, Delta
>>> from zoneeditor.core.model import Feature
>>> f = Feature.create("points", Point(36.2, 35.9), id="p1", name="مورك")
>>> cs = ChangeSet("Add point", "agreed", (Delta(None, f),))
>>> decode_changeset(encode_changeset(cs)) == cs
True

**Record formats.** 1: whole geometries (what zoneeditor wrote first). 2: a change set may
also rename versions and hold parts (a compound change such as "make this proposal the
agreed baseline"), with the versions' heads. 3: stretch records, below. A record is written
in the lowest format that can hold it, so an older reader still reads what it can.

**Stretch records** (format 3, ``encode_changeset(cs, patches=True)``): an edit of a large
geometry is recorded as what changed, not as the whole geometry twice. The old geometry of a
change is a *reference* to the geometry the feature has when the record is replayed (checked
by its digest), and the new one is a ``geompatch.Patch`` of it (the replaced rows and the new
ring sizes, with the digest of the base it applies to and of the result) or "unchanged". So a
vertex move on a 1,000,000-vertex zone writes about a hundred bytes instead of 32 MB, and
replay rebuilds the very same coordinates, bit for bit. Such records can only be decoded in
order from the journal's base snapshot: ``ReplayState`` follows the features as the records
are decoded. Records of format 1 (whole geometries) are read as before, and written whenever
no geometry in the change set is large enough to patch, and for the parts of a compound
change set (rare, whole-version operations). The undo history in the base record is chained
from its snapshot the same way (``io.journal.base_history``: applied steps inverted and
decoded backwards, undone ones forwards).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import ChangeSet, Structure, VersionHead
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Party, Project, ProjectMeta, Version
from zoneeditor.core.mutation import apply_unchecked
from zoneeditor.core.reference import Georeference, ReferenceLayer
from zoneeditor.core.undo_slim import SlimDelta, SlimStep
from zoneeditor.io.journal.record import (
    FORMAT,
    MAGIC,
    PATCH_MIN_VERTICES,
    STRETCH_FORMAT,
    STRUCTURE_FORMAT,
    WHOLE_FORMAT,
    CodecError,
    RecordReader,
    RecordWriter,
)

__all__ = [
    "FORMAT",
    "MAGIC",
    "PATCH_MIN_VERTICES",
    "STRETCH_FORMAT",
    "STRUCTURE_FORMAT",
    "WHOLE_FORMAT",
    "CodecError",
    "ReplayState",
    "decode_changeset",
    "decode_project",
    "encode_changeset",
    "encode_project",
    "encode_slim",
    "needs_state",
    "record_label",
]


def _meta_out(meta: ProjectMeta) -> dict[str, Any]:
    d = asdict(meta)
    d["parties"] = [asdict(p) for p in meta.parties]
    return d


def _meta_in(d: dict[str, Any]) -> ProjectMeta:
    d = dict(d)
    d["parties"] = tuple(Party(**p) for p in d.get("parties", ()))
    d["references"] = tuple(ReferenceLayer.from_dict(r) for r in d.get("references", ()))
    d["georeferences"] = tuple(Georeference.from_dict(g) for g in d.get("georeferences", ()))
    return ProjectMeta(**d)



# -- change sets ------------------------------------------------------------------------------
def encode_changeset(cs: ChangeSet, patches: bool = False) -> bytes:
    """The journal bytes of one change set (merge key included: replay merges drags again).

    ``patches``: record large geometries as stretches (format 3, see the module doc); such a
    record decodes only through a ``ReplayState`` that has followed the records before it.
    The parts of a compound change set are always recorded whole.
    """
    w = RecordWriter(patches and cs.structure != Structure.COMPOUND)
    return w.pack("cs", _changeset_out(w, cs))


def encode_slim(step: SlimStep, inverted: bool, patches: bool = False) -> bytes:
    """The journal bytes of a slim undo step (``core.undo_slim``), or of its inverse: a
    stretch record written from the patches and digests it keeps, so a save never rebuilds
    the history's geometries. It decodes through a ``ReplayState`` that holds, for each
    feature it changes, the geometry it starts from. ``patches``: its whole deltas as
    stretches too (only when they start from what that state holds)."""
    w = RecordWriter(patches)
    template = ~step.template if inverted else step.template
    header = _changeset_out(w, template)
    deltas = reversed(step.deltas) if inverted else step.deltas
    header["d"] = [w.slim(d, inverted) if isinstance(d, SlimDelta)
                   else w.delta(~d if inverted else d) for d in deltas]
    return w.pack("cs", header)


def _changeset_out(w: RecordWriter, cs: ChangeSet) -> dict[str, Any]:
    header: dict[str, Any] = {
        "l": cs.label,
        "v": cs.version,
        "s": cs.structure.value,
        "k": cs.merge_key,
        "m": [_meta_out(cs.meta[0]), _meta_out(cs.meta[1])] if cs.meta else None,
        "d": [w.delta(d) for d in cs.deltas],
    }
    if isinstance(cs.label, Message):
        # The label's template and arguments too: recovered undo steps read in the
        # interface's language, not in the English they were recorded in.
        header["lt"] = _message_out(cs.label)
    if cs.heads is not None:
        header["h"] = [asdict(h) if h is not None else None for h in cs.heads]
        w.format = max(w.format, STRUCTURE_FORMAT)
    if cs.parts:
        header["p"] = [_changeset_out(w, part) for part in cs.parts]
        w.format = max(w.format, STRUCTURE_FORMAT)
    return header


def decode_changeset(data: bytes, state: ReplayState | None = None) -> ChangeSet:
    """The change set encoded by ``encode_changeset`` (CodecError when damaged).

    ``state``: the features as the records before this one left them, needed for stretch
    records; it is *not* advanced here (``ReplayState.decode`` does both).
    """
    r = RecordReader(data, "cs")
    try:
        return _changeset_in(r, r.header, state)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, CodecError):
            raise
        raise CodecError(f"damaged change set in journal ({exc})") from exc


def _changeset_in(r: RecordReader, h: dict[str, Any], state: ReplayState | None) -> ChangeSet:
    meta = (_meta_in(h["m"][0]), _meta_in(h["m"][1])) if h["m"] else None
    deltas = tuple(r.delta(raw, h["v"], state) for raw in h["d"])
    heads = None
    if h.get("h") is not None:
        before, after = (VersionHead(**x) if x is not None else None for x in h["h"])
        heads = (before, after)
    parts = tuple(_changeset_in(r, p, None) for p in h.get("p", ()))
    label = _message_in(h["lt"], h["l"]) if "lt" in h else h["l"]
    return ChangeSet(label, h["v"], deltas, meta, Structure(h["s"]), h["k"], heads, parts)


def record_label(data: bytes, label: str) -> str:
    """The label of the change set in ``data`` (its Message when recorded, so a window can
    translate it), read from the header alone; ``label`` (the journal's plain column) when
    the record cannot tell."""
    try:
        header = RecordReader(data, "cs").header
    except CodecError:
        return label
    return _message_in(header["lt"], label) if "lt" in header else label


def _message_out(message: Message) -> list[Any]:
    """[template, args...] of a Message, nested Messages as lists in turn."""
    return [message.template, *(_message_out(a) if isinstance(a, Message) else a
                                for a in message.args)]


def _message_in(data: Any, text: str) -> str:
    """The Message recorded by ``_message_out``; the plain ``text`` when the record does
    not give back exactly that sentence (a damaged or foreign record is never trusted over
    the label itself)."""
    def build(item: Any) -> str:
        if isinstance(item, str):
            return item
        if not isinstance(item, list) or not item or not isinstance(item[0], str):
            raise ValueError("not a message")
        return Message.restored(item[0], *(build(a) for a in item[1:]))

    try:
        message = build(data)
    except (ValueError, TypeError, RecursionError):
        return text
    return message if message == text else text


def needs_state(data: bytes) -> bool:
    """True when a record is a stretch record (decodes only through a ``ReplayState``)."""
    return len(data) > 3 and data[:3] == MAGIC and data[3] >= STRETCH_FORMAT


class ReplayState:
    """The project as the journal's records, decoded in order, leave it.

    Starts from (a copy of) the base snapshot; ``decode`` reads the next record (resolving its
    references and patches against the current features) and then applies it here, versions
    created, dropped and renamed included, so the next record finds the geometries it was
    made on under the version name it was made in.
    """

    def __init__(self, project: Project) -> None:
        self._project = project.copy()

    def geometry(self, version: str, feature_id: str) -> BaseGeometry | None:
        """The current geometry of a feature (None when it or its version is not there)."""
        v = self._project.versions.get(version)
        f = None if v is None else v.get(feature_id)
        return None if f is None else f.geometry

    def advance(self, cs: ChangeSet) -> None:
        """Apply ``cs`` to the followed project (records were checked when written)."""
        apply_unchecked(self._project, cs)

    def decode(self, data: bytes) -> ChangeSet:
        """Decode the next record and follow it."""
        cs = decode_changeset(data, self)
        self.advance(cs)
        return cs


# -- whole projects ---------------------------------------------------------------------------
def encode_project(project: Project) -> bytes:
    """A snapshot of a whole project (meta, versions in order, features in order)."""
    w = RecordWriter()
    header = {
        "m": _meta_out(project.meta),
        "vs": [
            {"n": v.name, "desc": v.description, "f": [w.feature(f) for f in v]}
            for v in project.versions.values()
        ],
    }
    return w.pack("project", header)


def decode_project(data: bytes) -> Project:
    """The project encoded by ``encode_project`` (CodecError when damaged)."""
    r = RecordReader(data, "project")
    try:
        versions = {}
        for v in r.header["vs"]:
            feats = [r.feature(raw) for raw in v["f"]]
            versions[v["n"]] = Version(v["n"], {f.id: f for f in feats if f}, v["desc"])
        return Project(_meta_in(r.header["m"]), versions)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, CodecError):
            raise
        raise CodecError(f"damaged project snapshot in journal ({exc})") from exc
