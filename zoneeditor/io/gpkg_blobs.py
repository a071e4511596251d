"""GeoPackage geometry blobs to shapely geometries, a whole layer at once.

A GeoPackage stores each geometry as a small header (``GP``, version, flags, SRS id and an
optional envelope of 0, 32, 48 or 64 bytes) followed by standard WKB. The project reader
strips the headers of a layer's blobs and hands all the WKB to one ``shapely.from_wkb``
call: building polygons one by one in Python was most of the time of reading a large
project (issue #19).

>>> import shapely
>>> blob = b"GP\\x00\\x01" + (4326).to_bytes(4, "little") + shapely.to_wkb(shapely.Point(1, 2))
>>> [g.wkt for g in decode_gpkg_blobs([blob, None])[:1]]
['POINT (1 2)']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely

from zoneeditor.core.messages import Message

#: Envelope sizes (bytes) by the envelope code in bits 1-3 of the flags byte.
_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def wkb_of(blob: Any) -> bytes | None:
    """The WKB part of one GeoPackage geometry blob (None for NULL); ValueError when it is
    not a GeoPackage geometry."""
    if blob is None:
        return None
    if not isinstance(blob, bytes) or len(blob) < 8 or blob[:2] != b"GP":
        raise ValueError(Message("a geometry is not stored as a GeoPackage geometry"))
    size = _ENVELOPE.get((blob[3] >> 1) & 0b111)
    if size is None:
        raise ValueError(Message("a geometry has a damaged header"))
    return blob[8 + size:]


def decode_gpkg_blobs(blobs: Sequence[Any]) -> np.ndarray:
    """Shapely geometries (None for NULL) for a sequence of blobs, in one vectorised call.

    ValueError when a blob is not a GeoPackage geometry; shapely's GEOSException when the
    WKB inside is damaged. NaN coordinates (GDAL's empty points) are passed on silently,
    as ``shapely.from_wkb`` does for one blob.
    """
    wkb = np.array([wkb_of(b) for b in blobs], dtype=object)
    if wkb.size == 0:
        return wkb
    with np.errstate(invalid="ignore"):
        return shapely.from_wkb(wkb)
