"""Reference layers: read-only ground truth shown under the project (roads, rivers, imagery,
scanned annex maps), and the georeferencing of scans.

What the *project* keeps about a reference is small and lives in ``ProjectMeta``: which file,
how it is drawn, whether it is visible, its opacity, its place in the drawing order, its
attribution, and optionally the content hash of a copy carried inside the project file. So
adding, hiding, reordering or removing a reference, and every control point of a
georeferencing, is an ordinary ``ChangeSet`` with ``meta=(before, after)``: undoable,
journaled, saved, with no second way to change a project. The reference's *data* (features,
pixels) never enters the change model: io reads it (``zoneeditor.io.reference``), render
draws it, and snapping gets plain geometries (``core.reference_targets``).

>>> layer = ReferenceLayer.create("/data/idlib.osm.pbf", "osm", name="Idlib OSM")
>>> layer.visible, layer.opacity, layer.kind
(True, 1.0, 'osm')
>>> ReferenceLayer.from_dict(layer.to_dict()) == layer
True
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np


class ReferenceKind(StrEnum):
    """What a reference file holds, which decides how it is read and drawn."""

    VECTOR = "vector"  # any file zoneeditor imports (shapefile, GeoPackage, GeoJSON, KML)
    OSM = "osm"        # an OpenStreetMap extract (.osm.pbf, .osm)
    RASTER = "raster"  # GeoTIFF / COG, MBTiles, GeoPackage tiles, a georeferenced scan


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class ReferenceStyle:
    """How a reference is drawn beyond the type-based style table.

    ``colour`` (#rrggbb) overrides the table's colour for a plain vector file (one colour for
    its lines, areas and points; '' keeps the table's); ``width`` multiplies line widths;
    ``labels`` shows place names (OSM) or feature names.
    """

    colour: str = ""
    width: float = 1.0
    labels: bool = True


@dataclass(frozen=True)
class ReferenceLayer:
    """One reference layer of a project, bottom to top in ``ProjectMeta.references``.

    ``path`` is the file as last found (absolute); the project file also stores it relative
    to the project, so a folder moved with its data still works. ``embedded`` is the SHA-256
    of a copy carried inside the project file ('' for none), used when ``path`` is missing.
    ``snap``: offered as snap and trace target (vector references).
    """

    id: str
    name: str
    path: str
    kind: str = ReferenceKind.VECTOR.value
    visible: bool = True
    opacity: float = 1.0
    style: ReferenceStyle = ReferenceStyle()
    attribution: str = ""
    embedded: str = ""
    snap: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ReferenceKind(self.kind).value)
        object.__setattr__(self, "opacity", min(1.0, max(0.0, float(self.opacity))))

    @classmethod
    def create(cls, path: str, kind: str | ReferenceKind, name: str = "",
               **fields: Any) -> ReferenceLayer:
        """A new reference with a fresh id; ``name`` defaults to the file name."""
        if not name:
            name = path.replace("\\", "/").rsplit("/", 1)[-1]
        return cls(_new_id(), name, path, ReferenceKind(kind).value, **fields)

    @property
    def is_raster(self) -> bool:
        """True for imagery and scans (drawn as pictures, never snapped to)."""
        return self.kind == ReferenceKind.RASTER.value

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready fields (journal, project file)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ReferenceLayer:
        """The layer ``to_dict`` described (unknown keys are ignored: newer writers)."""
        d = dict(d)
        style = ReferenceStyle(**{k: v for k, v in dict(d.get("style") or {}).items()
                                  if k in ReferenceStyle.__dataclass_fields__})
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__ and k != "style"}
        return cls(style=style, **known)


@dataclass(frozen=True)
class ControlPoint:
    """A scan pixel tied to a place on the ground.

    ``px``/``py``: column and row in scan pixels, (0, 0) at the top-left corner of the
    top-left pixel (the GDAL convention); ``lon``/``lat``: WGS84. ``enabled`` False keeps a
    doubtful point without using it for the fit.
    """

    id: str
    px: float
    py: float
    lon: float
    lat: float
    enabled: bool = True

    @classmethod
    def create(cls, px: float, py: float, lon: float, lat: float) -> ControlPoint:
        """A new control point with a fresh id."""
        return cls(_new_id(), float(px), float(py), float(lon), float(lat))


class GeorefMethod(StrEnum):
    """How scan pixels map to the ground (see ``core.georef``)."""

    AFFINE = "affine"            # shift, scale, rotation, shear: 3 points or more
    POLYNOMIAL2 = "polynomial2"  # 2nd-order polynomial: bends, 6 points or more
    TPS = "tps"                  # thin-plate spline: passes through every point, 3 or more


@dataclass(frozen=True)
class Georeference:
    """The georeferencing of one scanned map (or one page of a PDF annex).

    ``source`` is the scan file, ``page`` the PDF page (0-based; 0 for images), ``dpi`` the
    resolution a PDF page is rendered at (pixel coordinates depend on it). ``crs`` is the
    coordinate system the map is drawn in (EPSG:32637 for a UTM sheet, EPSG:4326 for a
    lon/lat grid; '' = the UTM zone of the control points), in which the transform is fitted.
    ``output`` is the GeoTIFF last written from it ('' before).
    """

    id: str
    source: str
    page: int = 0
    dpi: float = 200.0
    method: str = GeorefMethod.AFFINE.value
    crs: str = ""
    points: tuple[ControlPoint, ...] = ()
    output: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "method", GeorefMethod(self.method).value)
        object.__setattr__(self, "points", tuple(self.points))

    @classmethod
    def create(cls, source: str, page: int = 0, **fields: Any) -> Georeference:
        """A new georeferencing of ``source`` with a fresh id and no points."""
        return cls(_new_id(), source, page, **fields)

    def point(self, point_id: str) -> ControlPoint | None:
        """The control point with this id, or None."""
        return next((p for p in self.points if p.id == point_id), None)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready fields."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Georeference:
        """The georeference ``to_dict`` described."""
        d = dict(d)
        points = tuple(ControlPoint(**{k: v for k, v in dict(p).items()
                                       if k in ControlPoint.__dataclass_fields__})
                       for p in d.get("points") or ())
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__ and k != "points"}
        return cls(points=points, **known)


# -- the data of a vector reference (filled by io, drawn by render, snapped to by tools) ------
#: Feature classes a vector reference is sorted into (render/reference_style.py styles them).
ROAD_CLASSES = ("road.motorway", "road.trunk", "road.primary", "road.secondary",
                "road.tertiary", "road.minor", "track")
WATER_LINE_CLASSES = ("river", "canal", "stream")
LINE_CLASSES = (*ROAD_CLASSES, "railway", *WATER_LINE_CLASSES, "line")
AREA_CLASSES = ("water", "builtup", "area")
PLACE_CLASSES = ("place.city", "place.town", "place.village", "place.hamlet", "point")
CLASSES = (*LINE_CLASSES, *AREA_CLASSES, *PLACE_CLASSES)


@dataclass(frozen=True, eq=False)
class ReferenceFeatures:
    """The features of one vector reference, column by column (tens of thousands of OSM ways
    are handled as arrays, never as Python objects one by one).

    ``geometries``: shapely geometries in WGS84 lon/lat; ``classes``: one of ``CLASSES`` per
    feature; ``names`` (romanised or as given), ``names_local`` (local script, e.g. Arabic),
    ``names_ru`` (Russian, where the source has it); ``rank``: population of places (0 when
    unknown), which decides which names show first.
    """

    geometries: np.ndarray
    classes: np.ndarray
    names: tuple[str, ...] = ()
    names_local: tuple[str, ...] = ()
    names_ru: tuple[str, ...] = ()
    rank: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # class -> positions of its features, computed in __post_init__
    _by_class: dict[str, np.ndarray] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        n = len(self.geometries)
        object.__setattr__(self, "geometries", np.asarray(self.geometries, dtype=object))
        object.__setattr__(self, "classes", np.asarray(self.classes, dtype=object))
        for name in ("names", "names_local", "names_ru"):
            value = tuple(getattr(self, name)) or ("",) * n
            object.__setattr__(self, name, value)
        rank = np.asarray(self.rank, dtype=np.int64)
        object.__setattr__(self, "rank", rank if len(rank) == n else np.zeros(n, np.int64))
        if not (len(self.classes) == len(self.names) == len(self.names_local)
                == len(self.names_ru) == n):
            raise ValueError("ReferenceFeatures columns differ in length")
        by_class: dict[str, list[int]] = {}
        for i, c in enumerate(self.classes.tolist()):
            by_class.setdefault(c, []).append(i)
        object.__setattr__(self, "_by_class", {c: np.array(v, dtype=np.int64)
                                               for c, v in by_class.items()})

    def __len__(self) -> int:
        return len(self.geometries)

    @classmethod
    def empty(cls) -> ReferenceFeatures:
        """No features."""
        return cls(np.zeros(0, dtype=object), np.zeros(0, dtype=object))

    def indices(self, classes: Sequence[str]) -> np.ndarray:
        """Positions of the features whose class is one of ``classes`` (ascending)."""
        found = [self._by_class[c] for c in classes if c in self._by_class]
        if not found:
            return np.zeros(0, dtype=np.int64)
        return found[0] if len(found) == 1 else np.sort(np.concatenate(found))

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """Lon/lat box of every feature, or None when there are none."""
        import shapely

        if not len(self):
            return None
        b = shapely.total_bounds(self.geometries)
        if not np.isfinite(b).all():
            return None
        return (float(b[0]), float(b[1]), float(b[2]), float(b[3]))


__all__ = [
    "AREA_CLASSES", "CLASSES", "LINE_CLASSES", "PLACE_CLASSES", "ROAD_CLASSES",
    "WATER_LINE_CLASSES", "ControlPoint", "GeorefMethod", "Georeference", "ReferenceFeatures",
    "ReferenceKind", "ReferenceLayer", "ReferenceStyle",
]
