"""One journal record's layout (``io.journal.codec`` says what records hold and why):
``MAGIC`` and a format byte, a length-prefixed UTF-8 JSON header, then length-prefixed blobs
the header refers to by position — a geometry's WKB, or a stretch patch of a large
geometry (the replaced rows and new ring sizes with the digests of the base it applies to
and of the result). ``RecordWriter`` collects the blobs while a header is built and packs
the record; ``RecordReader`` splits one and gives back features and deltas, resolving
references and patches against the geometries replay has reached (``GeometrySource``).
Attribute values travel in the header, tagged when JSON alone would not give back the same
type.
"""

from __future__ import annotations

import datetime
import json
import struct
from typing import Any, Protocol

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import geompatch as gp
from zoneeditor.core.changes import Delta
from zoneeditor.core.model import Feature
from zoneeditor.core.undo_slim import SlimDelta

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


class GeometrySource(Protocol):
    """The geometries replay has reached (``codec.ReplayState``): what a stretch record's
    references and patches are resolved against."""

    def geometry(self, version: str, feature_id: str) -> BaseGeometry | None:
        """The current geometry of a feature (None when it or its version is not there)."""


class RecordWriter:
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
        return [f.id, f.layer.value, self.geometry(f.geometry), attributes_out(f.attributes)]

    def delta(self, d: Delta) -> list[Any]:
        """The delta, with references and a patch instead of whole geometries when large."""
        if not self.patches or d.old is None or not patchable(d.old.geometry):
            return [self.feature(d.old), self.feature(d.new)]
        base = gp.flat_of(d.old.geometry)
        assert base is not None
        old = [d.old.id, d.old.layer.value, {"b": base.digest.hex()},
               attributes_out(d.old.attributes)]
        self.format = STRETCH_FORMAT
        if d.new is None:
            return [old, None]
        new_geom = d.new.geometry
        same = new_geom is d.old.geometry
        ref: dict[str, Any] | int = {"s": 1} if same else self._patch(base, d.old.geometry,
                                                                       new_geom)
        return [old, [d.new.id, d.new.layer.value, ref, attributes_out(d.new.attributes)]]

    def _patch(self, base: gp.Flat, old_geom: BaseGeometry,
               new_geom: BaseGeometry) -> dict[str, Any] | int:
        result = gp.flat_of(new_geom)
        patch = gp.patch_between(old_geom, new_geom) if result is not None else None
        if patch is None or result is None:
            return self.geometry(new_geom)
        if patch.is_empty:
            return {"s": 1}
        self.blobs.append(_patch_blob(base.digest, result.digest, patch, base.dims))
        return {"p": len(self.blobs) - 1}

    def slim(self, d: SlimDelta, inverted: bool) -> list[Any]:
        """A slim undo step's delta (``core.undo_slim``), or its inverse, as a stretch: the
        side it starts from by reference, the other as its patch, from what the step kept
        (digests and patches), without the geometries."""
        start, result, patch = ((d.new, d.old, d.backward) if inverted
                                else (d.old, d.new, d.forward))
        if start is None:
            raise ValueError(f"a slim step cannot start from nothing (feature {d.id[:8]})")
        self.format = STRETCH_FORMAT
        old = [d.id, start.layer.value, {"b": start.digest.hex()},
               attributes_out(start.attributes)]
        if result is None:
            return [old, None]
        ref: dict[str, Any] = {"s": 1}
        if patch is not None:
            self.blobs.append(_patch_blob(start.digest, result.digest, patch))
            ref = {"p": len(self.blobs) - 1}
        return [old, [d.id, result.layer.value, ref, attributes_out(result.attributes)]]

    def pack(self, kind: str, header: dict[str, Any]) -> bytes:
        header = {"t": kind, **header}
        text = json.dumps(header, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
        raw = text.encode("utf-8")
        parts = [MAGIC, bytes([self.format]), _LEN.pack(len(raw)), raw,
                 _LEN.pack(len(self.blobs))]
        for blob in self.blobs:
            parts += [_LEN.pack(len(blob)), blob]
        return b"".join(parts)


def _patch_blob(base: bytes, result: bytes, patch: gp.Patch, dims: int | None = None) -> bytes:
    """A patch as a record's blob: the digests it goes from and to, its range, ring sizes
    and rows (``dims``: of the base, when the patch may hold no row to tell)."""
    dims = dims if dims is not None else int(patch.rows.shape[1])
    head = _PATCH.pack(base, result, dims, patch.start, patch.stop, len(patch.rows),
                       len(patch.sizes))
    sizes = b"".join(_SIZE.pack(r, c) for r, c in patch.sizes)
    return head + sizes + np.ascontiguousarray(patch.rows, dtype="<f8").tobytes()


class RecordReader:
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
        return Feature(fid, layer, self.geometry(geom), attributes_in(attrs))

    def delta(self, raw: list[Any], version: str, state: GeometrySource | None) -> Delta:
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
            old = Feature(fid, layer, base, attributes_in(attrs))
        if raw_new is None or not isinstance(raw_new[2], dict):
            new = self.feature(raw_new)
        else:
            fid, layer, ref, attrs = raw_new
            if old is None:
                raise CodecError("damaged journal record (a patch with nothing to patch)")
            geom = old.geometry if "s" in ref else self._patched(old.geometry, ref["p"])
            new = Feature(fid, layer, geom, attributes_in(attrs))
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
        patch = gp.Patch(start, stop, rows, tuple(sizes))
        try:
            result = gp.apply(flat, patch)
        except ValueError as exc:
            raise CodecError(f"a journal patch does not fit its geometry ({exc})") from exc
        if result.digest != r_digest:
            raise CodecError("replaying a journal patch did not give the recorded geometry")
        # with its origin: the undo history that keeps this step slim needs the patch again
        return gp.built(result, origin=(base, patch))


# Attribute values are JSON scalars almost always; the few other types an import can bring
# are tagged so they come back as the same type (a replayed feature must compare equal).
def attributes_out(attrs: Any) -> dict[str, Any]:
    """Attribute values for a record's JSON header (tagged when JSON would change them)."""
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


def attributes_in(attrs: dict[str, Any]) -> dict[str, Any]:
    """The attribute values ``attributes_out`` wrote, as the same types."""
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


def patchable(geometry: BaseGeometry) -> bool:
    """True for a geometry large enough to be recorded as a stretch patch."""
    if shapely.get_num_coordinates(geometry) < PATCH_MIN_VERTICES:
        return False
    return gp.flat_of(geometry) is not None
