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
"""

from __future__ import annotations

import json
import struct
from dataclasses import asdict
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.model import Feature, Party, Project, ProjectMeta, Version
from zoneeditor.core.reference import Georeference, ReferenceLayer

MAGIC = b"ZEJ"
#: Format byte of the encoding written by this code; readers refuse newer ones.
FORMAT = 1
_LEN = struct.Struct("<I")


class CodecError(ValueError):
    """A journal record could not be decoded (damaged, or written by a newer zoneeditor)."""


class _Writer:
    """Collects geometries while the JSON header is built."""

    def __init__(self) -> None:
        self.blobs: list[bytes] = []

    def geometry(self, geom: BaseGeometry) -> int:
        # output_dimension=3 keeps a Z coordinate if an import brought one.
        self.blobs.append(shapely.to_wkb(geom, output_dimension=3))
        return len(self.blobs) - 1

    def feature(self, f: Feature | None) -> list[Any] | None:
        if f is None:
            return None
        return [f.id, f.layer.value, self.geometry(f.geometry), _attrs_out(f.attributes)]

    def pack(self, kind: str, header: dict[str, Any]) -> bytes:
        header = {"t": kind, **header}
        text = json.dumps(header, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
        raw = text.encode("utf-8")
        parts = [MAGIC, bytes([FORMAT]), _LEN.pack(len(raw)), raw, _LEN.pack(len(self.blobs))]
        for blob in self.blobs:
            parts += [_LEN.pack(len(blob)), blob]
        return b"".join(parts)


class _Reader:
    """Splits a record into its header and geometry blobs."""

    def __init__(self, data: bytes, kind: str) -> None:
        try:
            if data[:3] != MAGIC:
                raise CodecError("not a journal record")
            if data[3] > FORMAT:
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
        try:
            return shapely.from_wkb(self.blobs[index])
        except (IndexError, shapely.errors.GEOSException) as exc:
            raise CodecError(f"damaged geometry in journal record ({exc})") from exc

    def feature(self, raw: list[Any] | None) -> Feature | None:
        if raw is None:
            return None
        fid, layer, geom, attrs = raw
        return Feature(fid, layer, self.geometry(geom), _attrs_in(attrs))


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


# -- change sets ------------------------------------------------------------------------------
def encode_changeset(cs: ChangeSet) -> bytes:
    """The journal bytes of one change set (merge key included: replay merges drags again)."""
    w = _Writer()
    header = {
        "l": cs.label,
        "v": cs.version,
        "s": cs.structure.value,
        "k": cs.merge_key,
        "m": [_meta_out(cs.meta[0]), _meta_out(cs.meta[1])] if cs.meta else None,
        "d": [[w.feature(d.old), w.feature(d.new)] for d in cs.deltas],
    }
    return w.pack("cs", header)


def decode_changeset(data: bytes) -> ChangeSet:
    """The change set encoded by ``encode_changeset`` (CodecError when damaged)."""
    r = _Reader(data, "cs")
    h = r.header
    try:
        meta = (_meta_in(h["m"][0]), _meta_in(h["m"][1])) if h["m"] else None
        deltas = tuple(Delta(r.feature(o), r.feature(n)) for o, n in h["d"])
        return ChangeSet(h["l"], h["v"], deltas, meta, Structure(h["s"]), h["k"])
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, CodecError):
            raise
        raise CodecError(f"damaged change set in journal ({exc})") from exc


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
