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
no geometry in the change set is large enough to patch (the undo history in the base record
is always written whole: its entries are not replayed in order), and for the parts of a
compound change set (rare, whole-version operations).
"""

from __future__ import annotations

import datetime
import json
import struct
from dataclasses import asdict
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import geompatch as gp
from zoneeditor.core.changes import ChangeSet, Delta, Structure, VersionHead
from zoneeditor.core.document import apply_unchecked
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, Party, Project, ProjectMeta, Version
from zoneeditor.core.reference import Georeference, ReferenceLayer

MAGIC = b"ZEJ"
#: Format byte of the newest encoding written by this code; readers refuse newer ones.
FORMAT = 3
#: Format of records holding whole geometries only (what zoneeditor wrote before stretches).
WHOLE_FORMAT = 1
#: Format of records that may hold version heads and compound parts (whole geometries).
STRUCTURE_FORMAT = 2
#: Format of stretch records (references and patches: decoded through a ``ReplayState``).
STRETCH_FORMAT = 3
#: Geometries with fewer vertices are always recorded whole (a patch saves nothing there).
PATCH_MIN_VERTICES = 256
_LEN = struct.Struct("<I")
_PATCH = struct.Struct("<8s8sBQQII")  # base digest, result digest, dims, start, stop, rows, sizes
_SIZE = struct.Struct("<IQ")


class CodecError(ValueError):
    """A journal record could not be decoded (damaged, or written by a newer zoneeditor)."""


class _Writer:
    """Collects geometries while the JSON header is built."""

    def __init__(self, patches: bool = False) -> None:
        self.blobs: list[bytes] = []
        self.patches = patches
        self.format = WHOLE_FORMAT

    def geometry(self, geom: BaseGeometry) -> int:
        # output_dimension=3 keeps a Z coordinate if an import brought one.
        self.blobs.append(shapely.to_wkb(geom, output_dimension=3))
        return len(self.blobs) - 1

    def feature(self, f: Feature | None) -> list[Any] | None:
        if f is None:
            return None
        return [f.id, f.layer.value, self.geometry(f.geometry), _attrs_out(f.attributes)]

    def delta(self, d: Delta) -> list[Any]:
        """The delta, with references and a patch instead of whole geometries when large."""
        if not self.patches or d.old is None or not _patchable(d.old.geometry):
            return [self.feature(d.old), self.feature(d.new)]
        base = gp.flat_of(d.old.geometry)
        assert base is not None
        old = [d.old.id, d.old.layer.value, {"b": base.digest.hex()},
               _attrs_out(d.old.attributes)]
        self.format = STRETCH_FORMAT
        if d.new is None:
            return [old, None]
        new_geom = d.new.geometry
        same = new_geom is d.old.geometry
        ref: dict[str, Any] | int = {"s": 1} if same else self._patch(base, d.old.geometry,
                                                                       new_geom)
        return [old, [d.new.id, d.new.layer.value, ref, _attrs_out(d.new.attributes)]]

    def _patch(self, base: gp.Flat, old_geom: BaseGeometry,
               new_geom: BaseGeometry) -> dict[str, Any] | int:
        result = gp.flat_of(new_geom)
        patch = gp.patch_between(old_geom, new_geom) if result is not None else None
        if patch is None or result is None:
            return self.geometry(new_geom)
        if patch.is_empty:
            return {"s": 1}
        head = _PATCH.pack(base.digest, result.digest, base.dims, patch.start, patch.stop,
                           len(patch.rows), len(patch.sizes))
        sizes = b"".join(_SIZE.pack(r, c) for r, c in patch.sizes)
        rows = np.ascontiguousarray(patch.rows, dtype="<f8").tobytes()
        self.blobs.append(head + sizes + rows)
        return {"p": len(self.blobs) - 1}

    def pack(self, kind: str, header: dict[str, Any]) -> bytes:
        header = {"t": kind, **header}
        text = json.dumps(header, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
        raw = text.encode("utf-8")
        parts = [MAGIC, bytes([self.format]), _LEN.pack(len(raw)), raw,
                 _LEN.pack(len(self.blobs))]
        for blob in self.blobs:
            parts += [_LEN.pack(len(blob)), blob]
        return b"".join(parts)


class _Reader:
    """Splits a record into its header and geometry blobs."""

    def __init__(self, data: bytes, kind: str) -> None:
        try:
            if data[:3] != MAGIC:
                raise CodecError("not a journal record")
            if data[3] > FORMAT or data[3] < WHOLE_FORMAT:
                raise CodecError(f"written by a newer zoneeditor (record format {data[3]})")
            pos = 4
            (n,) = _LEN.unpack_from(data, pos)
            pos += 4
            self.header: dict[str, Any] = json.loads(data[pos:pos + n].decode("utf-8"))
            pos += n
            (count,) = _LEN.unpack_from(data, pos)
            pos += 4
            self.blobs: list[bytes] = []
            for _ in range(count):
                (m,) = _LEN.unpack_from(data, pos)
                pos += 4
                self.blobs.append(bytes(data[pos:pos + m]))
                pos += m
            if pos != len(data):
                raise CodecError("trailing bytes after the record")
        except (struct.error, UnicodeDecodeError, json.JSONDecodeError, IndexError) as exc:
            raise CodecError(f"damaged journal record ({exc})") from exc
        if self.header.get("t") != kind:
            raise CodecError(f"expected a {kind} record, found {self.header.get('t')!r}")

    def geometry(self, index: int) -> BaseGeometry:
        if not isinstance(index, int):
            raise CodecError("this journal record refers to earlier ones: replay it in order")
        try:
            return shapely.from_wkb(self.blobs[index])
        except (IndexError, shapely.errors.GEOSException) as exc:
            raise CodecError(f"damaged geometry in journal record ({exc})") from exc

    def feature(self, raw: list[Any] | None) -> Feature | None:
        if raw is None:
            return None
        fid, layer, geom, attrs = raw
        return Feature(fid, layer, self.geometry(geom), _attrs_in(attrs))

    def delta(self, raw: list[Any], version: str, state: ReplayState | None) -> Delta:
        """One delta; references and patches are resolved against ``state``."""
        raw_old, raw_new = raw
        if raw_old is None or not isinstance(raw_old[2], dict):
            old = self.feature(raw_old)
        else:
            if state is None:
                raise CodecError("this journal record refers to earlier ones: "
                                 "replay it in order")
            fid, layer, ref, attrs = raw_old
            base = state.geometry(version, fid)
            if base is None:
                raise CodecError(f"the journal changes feature {fid[:8]}, which is not there")
            flat = gp.flat_of(base)
            if flat is None or flat.digest.hex() != ref.get("b"):
                raise CodecError(f"the journal's change to feature {fid[:8]} does not fit the "
                                 "geometry it was made on (records out of order or damaged)")
            old = Feature(fid, layer, base, _attrs_in(attrs))
        if raw_new is None or not isinstance(raw_new[2], dict):
            new = self.feature(raw_new)
        else:
            fid, layer, ref, attrs = raw_new
            if old is None:
                raise CodecError("damaged journal record (a patch with nothing to patch)")
            geom = old.geometry if "s" in ref else self._patched(old.geometry, ref["p"])
            new = Feature(fid, layer, geom, _attrs_in(attrs))
        return Delta(old, new)

    def _patched(self, base: BaseGeometry, index: int) -> BaseGeometry:
        try:
            blob = self.blobs[index]
            b_digest, r_digest, dims, start, stop, nrows, nsizes = _PATCH.unpack_from(blob, 0)
            pos = _PATCH.size
            sizes = []
            for _ in range(nsizes):
                sizes.append(_SIZE.unpack_from(blob, pos))
                pos += _SIZE.size
            data = blob[pos:]
            if len(data) != nrows * dims * 8:
                raise CodecError("damaged patch in journal record (length)")
            rows = np.frombuffer(data, dtype="<f8").reshape(nrows, dims).astype(float)
        except (IndexError, struct.error, ValueError) as exc:
            raise CodecError(f"damaged patch in journal record ({exc})") from exc
        flat = gp.flat_of(base)
        if flat is None or flat.digest != b_digest:
            raise CodecError("a journal patch does not fit the geometry it was made on")
        try:
            result = gp.apply(flat, gp.Patch(start, stop, rows, tuple(sizes)))
        except ValueError as exc:
            raise CodecError(f"a journal patch does not fit its geometry ({exc})") from exc
        if result.digest != r_digest:
            raise CodecError("replaying a journal patch did not give the recorded geometry")
        return gp.built(result)


# Attribute values are JSON scalars almost always; the few other types an import can bring
# are tagged so they come back as the same type (a replayed feature must compare equal).
def _attrs_out(attrs: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None or isinstance(value, (str, bool, int, float)):
            out[key] = value
        elif isinstance(value, (list, tuple, dict)):
            out[key] = {"$json": json.dumps(value, ensure_ascii=False),
                        "$tuple": isinstance(value, tuple)}
        elif isinstance(value, bytes):
            out[key] = {"$hex": value.hex()}
        elif isinstance(value, (datetime.date, datetime.time)):  # datetime is a date too
            out[key] = {"$" + type(value).__name__: value.isoformat()}
        else:
            out[key] = {"$str": str(value)}
    return out


def _attrs_in(attrs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if isinstance(value, dict):
            if "$json" in value:
                decoded = json.loads(value["$json"])
                out[key] = tuple(decoded) if value.get("$tuple") else decoded
            elif "$hex" in value:
                out[key] = bytes.fromhex(value["$hex"])
            elif "$datetime" in value:
                out[key] = datetime.datetime.fromisoformat(value["$datetime"])
            elif "$date" in value:
                out[key] = datetime.date.fromisoformat(value["$date"])
            elif "$time" in value:
                out[key] = datetime.time.fromisoformat(value["$time"])
            else:
                out[key] = value["$str"]
        else:
            out[key] = value
    return out


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


def _patchable(geometry: BaseGeometry) -> bool:
    if shapely.get_num_coordinates(geometry) < PATCH_MIN_VERTICES:
        return False
    return gp.flat_of(geometry) is not None


# -- change sets ------------------------------------------------------------------------------
def encode_changeset(cs: ChangeSet, patches: bool = False) -> bytes:
    """The journal bytes of one change set (merge key included: replay merges drags again).

    ``patches``: record large geometries as stretches (format 3, see the module doc); such a
    record decodes only through a ``ReplayState`` that has followed the records before it.
    The parts of a compound change set are always recorded whole.
    """
    w = _Writer(patches and cs.structure != Structure.COMPOUND)
    return w.pack("cs", _changeset_out(w, cs))


def _changeset_out(w: _Writer, cs: ChangeSet) -> dict[str, Any]:
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
    r = _Reader(data, "cs")
    try:
        return _changeset_in(r, r.header, state)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, CodecError):
            raise
        raise CodecError(f"damaged change set in journal ({exc})") from exc


def _changeset_in(r: _Reader, h: dict[str, Any], state: ReplayState | None) -> ChangeSet:
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
        header = _Reader(data, "cs").header
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
    w = _Writer()
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
    r = _Reader(data, "project")
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
