"""Reading reference layers: vector files, OpenStreetMap extracts, imagery, scans.

Public entry points (no Qt):

- ``detect_kind(path) -> ReferenceKind``: vector, osm or raster, by name and content;
- ``new_reference(path, name="") -> (ReferenceLayer, data)``: read a file chosen by the user
  (in the limited reader child) and describe it as a new reference layer (attribution
  filled in: OSM's licence, an MBTiles' or GeoTIFF's own text; '' when the file has none);
- ``load_reference(layer, project_path) -> data``: the data of a stored reference, from its
  file or, when that is missing, from the copy the project carries; ReadError otherwise;
- ``load_references(layers, project_path) -> (data by id, problems by id)``: every reference
  of a project; a missing file is one clear sentence in ``problems`` and the others load;
- ``embed(layer) -> ReferenceLayer``: the layer with a copy to carry inside the project.

``data`` is a ``VectorData`` (``ReferenceFeatures`` plus info) or a ``RasterData`` (a
``RasterSource`` that renders any lon/lat box). Vector data is what snapping and tracing
get (``core.reference_targets``); render draws both (``render.reference_painter``).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from zoneeditor.core.errors import ReadError
from zoneeditor.core.messages import Message
from zoneeditor.core.reference import ReferenceFeatures, ReferenceKind, ReferenceLayer
from zoneeditor.io.reference.osm import is_osm
from zoneeditor.io.reference.raster import RASTER_SUFFIXES, RasterInfo, RasterSource

#: Attribution of OpenStreetMap data (ODbL requires it on every map that shows it).
OSM_ATTRIBUTION = "© OpenStreetMap contributors (ODbL)"


@dataclass(frozen=True, eq=False)
class VectorData:
    """A loaded vector reference: its features and what the reader said about the file."""

    features: ReferenceFeatures
    info: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    from_copy: bool = False


@dataclass(frozen=True, eq=False)
class RasterData:
    """A loaded raster reference, ready to render any lon/lat box."""

    source: RasterSource
    path: str = ""
    from_copy: bool = False

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """Lon/lat box of the image."""
        return self.source.bounds


LoadedReference = VectorData | RasterData


def _gpkg_holds_tiles(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            kinds = {r[0] for r in con.execute("SELECT data_type FROM gpkg_contents")}
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return "tiles" in kinds and "features" not in kinds


def detect_kind(path: Path | str) -> ReferenceKind:
    """What ``path`` holds: an OSM extract, imagery (GeoTIFF, MBTiles, GeoPackage tiles) or
    a vector file (anything the import reader takes)."""
    path = Path(path)
    if is_osm(path):
        return ReferenceKind.OSM
    suffix = path.suffix.lower()
    if suffix in RASTER_SUFFIXES:
        return ReferenceKind.RASTER
    if suffix == ".gpkg" and path.exists() and _gpkg_holds_tiles(path):
        return ReferenceKind.RASTER
    return ReferenceKind.VECTOR


# -- raster descriptions, cached beside the vector cache ---------------------------------------
def _raster_info(path: Path, sandbox: bool) -> RasterInfo:
    from zoneeditor.io.reference.raster import RasterError, describe
    from zoneeditor.io.reference.vector import _cache_file

    cached = _cache_file(path).with_suffix(".raster.json")
    if cached.exists():
        try:
            info = RasterInfo.from_dict(json.loads(cached.read_text(encoding="utf-8")))
            if info.path == str(path):
                return info
        except (ValueError, TypeError, KeyError, OSError):
            pass
    if sandbox:
        from zoneeditor.io.reference.child import run_job

        info = RasterInfo.from_dict(run_job("raster", path)["description"])
    else:
        try:
            info = describe(path)
        except RasterError as exc:
            raise ReadError(str(path), exc.user_message) from exc
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(info.to_dict()), encoding="utf-8")
    except OSError:
        pass
    return info


def read_data(path: Path | str, kind: str | ReferenceKind, sandbox: bool = True
              ) -> LoadedReference:
    """Read the data of a reference file of ``kind`` (ReadError naming it when it cannot)."""
    path = Path(path)
    if not path.exists():
        raise ReadError(str(path), Message("no such file"))
    if ReferenceKind(kind) == ReferenceKind.RASTER:
        return RasterData(RasterSource(_raster_info(path, sandbox)), str(path))
    from zoneeditor.io.reference.vector import read_vector

    features, info = read_vector(path, sandbox=sandbox)
    return VectorData(features, info, str(path))


def _attribution(kind: ReferenceKind, data: LoadedReference, path: Path) -> str:
    if kind == ReferenceKind.OSM:
        return OSM_ATTRIBUTION
    if isinstance(data, RasterData) and data.source.info.attribution:
        return data.source.info.attribution
    if isinstance(data, VectorData) and data.info.get("attribution"):
        return str(data.info["attribution"])
    return ""  # none known: the sheet names the layer instead


def new_reference(path: Path | str, name: str = "", sandbox: bool = True
                  ) -> tuple[ReferenceLayer, LoadedReference]:
    """A new reference layer for the file the user chose, with its data."""
    path = Path(path).absolute()
    kind = detect_kind(path)
    data = read_data(path, kind, sandbox)
    layer = ReferenceLayer.create(str(path), kind, name=name or _display_name(path),
                                  attribution=_attribution(kind, data, path))
    return layer, data


def _display_name(path: Path) -> str:
    name = path.name
    for suffix in (".osm.pbf",):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def load_reference(layer: ReferenceLayer, project_path: Path | str | None = None,
                   sandbox: bool = True) -> LoadedReference:
    """The data of a stored reference: its file, else the copy the project carries."""
    path = Path(layer.path) if layer.path else None
    if path is not None and path.exists():
        return read_data(path, layer.kind, sandbox)
    if layer.embedded:
        from zoneeditor.io.reference.blobs import find_blob
        from zoneeditor.io.reference.store import extract_blob

        copy = find_blob(layer.embedded)
        if copy is None and project_path is not None:
            copy = extract_blob(Path(project_path), layer.embedded)
        if copy is not None:
            data = read_data(copy, layer.kind, sandbox)
            return replace(data, from_copy=True)
    where = layer.path or "(no file)"
    raise ReadError(where, Message("no such file, and the project's copy of it is missing")
                    if layer.embedded else Message("no such file"))


def load_references(layers: tuple[ReferenceLayer, ...] | list[ReferenceLayer],
                    project_path: Path | str | None = None, sandbox: bool = True,
                    only_visible: bool = False
                    ) -> tuple[dict[str, LoadedReference], dict[str, str]]:
    """Load every reference; a file that cannot be read becomes one sentence in the second
    value, by layer id (naming the layer, the file and the reason), and the rest load."""
    loaded: dict[str, LoadedReference] = {}
    problems: dict[str, str] = {}
    for layer in layers:
        if only_visible and not layer.visible:
            continue
        try:
            loaded[layer.id] = load_reference(layer, project_path, sandbox)
        except ReadError as exc:
            problems[layer.id] = Message("Reference layer %1 is not shown: %2",
                                         repr(layer.name), exc.message)
    return loaded, problems


def embed(layer: ReferenceLayer) -> ReferenceLayer:
    """``layer`` with a copy of its file to carry inside the project (saved with it)."""
    from zoneeditor.io.reference.blobs import embed_file

    sha, _copy = embed_file(Path(layer.path))
    return replace(layer, embedded=sha)


__all__ = [
    "OSM_ATTRIBUTION", "LoadedReference", "RasterData", "VectorData", "detect_kind", "embed",
    "load_reference", "load_references", "new_reference", "read_data",
]
