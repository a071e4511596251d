"""A compact file of reference features: what the reader child hands back, and the cache.

Parsing an OpenStreetMap extract of a governorate takes GDAL seconds; the features it yields
are kept in the user's cache folder in this format, keyed by the file's path, size and
modification time, so the next opening of the project reads them in a fraction of that.

Layout: ``MAGIC``, a length-prefixed UTF-8 JSON header (class names, per-feature class
index, names, ranks, source notes), then the geometries as WKB, one length-prefixed blob
each. No pickles: a file written by a subverted reader child can only be wrong, never run
code here.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from zoneeditor.core.reference import ReferenceFeatures
from zoneeditor.io.atomic import atomic_path

MAGIC = b"ZRF1"
_LEN = struct.Struct("<Q")


class FeatureFileError(ValueError):
    """The file is not a (complete) reference feature file."""


def write_features(features: ReferenceFeatures, path: Path, info: dict[str, Any] | None = None
                   ) -> None:
    """Write ``features`` (and ``info``: attribution, notes) to ``path`` atomically."""
    classes = sorted(set(features.classes.tolist()))
    index = {c: i for i, c in enumerate(classes)}
    header = {
        "classes": classes,
        "class": [index[c] for c in features.classes.tolist()],
        "names": list(features.names),
        "names_local": list(features.names_local),
        "names_ru": list(features.names_ru),
        "rank": features.rank.tolist(),
        "info": info or {},
    }
    raw = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    blobs = shapely.to_wkb(features.geometries) if len(features) else np.zeros(0, object)
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        fh.write(MAGIC + _LEN.pack(len(raw)) + raw + _LEN.pack(len(blobs)))
        lengths = np.fromiter((len(b) for b in blobs), dtype="<u8", count=len(blobs))
        fh.write(lengths.tobytes())
        for b in blobs:
            fh.write(b)


def read_features(path: Path) -> tuple[ReferenceFeatures, dict[str, Any]]:
    """The features and info stored by ``write_features``; FeatureFileError when damaged."""
    data = Path(path).read_bytes()
    try:
        if data[:4] != MAGIC:
            raise FeatureFileError("not a reference feature file")
        (n,) = _LEN.unpack_from(data, 4)
        header = json.loads(data[12:12 + n].decode("utf-8"))
        pos = 12 + n
        (count,) = _LEN.unpack_from(data, pos)
        pos += 8
        lengths = np.frombuffer(data, dtype="<u8", count=count, offset=pos).astype(np.int64)
        pos += 8 * count
        ends = pos + np.cumsum(lengths)
        if count and ends[-1] != len(data):
            raise FeatureFileError("the file is cut short")
        starts = ends - lengths
        view = memoryview(data)
        wkb = np.array([bytes(view[s:e]) for s, e in zip(starts.tolist(), ends.tolist(),
                                                          strict=True)], dtype=object)
        geoms = shapely.from_wkb(wkb) if count else np.zeros(0, dtype=object)
        classes = np.array(header["classes"], dtype=object)
        cls = classes[np.asarray(header["class"], dtype=np.int64)] if count else \
            np.zeros(0, dtype=object)
        features = ReferenceFeatures(geoms, cls, tuple(header["names"]),
                                     tuple(header["names_local"]), tuple(header["names_ru"]),
                                     np.asarray(header["rank"], dtype=np.int64))
    except FeatureFileError:
        raise
    except (struct.error, ValueError, KeyError, IndexError, TypeError,
            shapely.errors.GEOSException) as exc:
        raise FeatureFileError(f"damaged reference feature file ({exc})") from exc
    return features, dict(header.get("info") or {})
