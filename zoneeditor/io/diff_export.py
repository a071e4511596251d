"""Writing a diff as a GeoPackage for QGIS users: the change regions as polygons.

Layers (EPSG:4326):

- ``change_regions``: one polygon per connected piece of gained or lost area of a zone, with
  the feature's id, name and party, ``kind`` (gained/lost), ``area_km2`` (geodesic), the
  nearest town and its distance;
- ``transfers``: one polygon per connected piece of land changing hands between parties,
  with ``from_party`` / ``to_party`` (empty for "no party") and the same measures;
- ``features`` (no geometry): one row per feature, the columns of the CSV output, plus the
  two versions' names and fingerprints in ``diff_info``.

The file is written atomically (``io.atomic``): a crash leaves the previous file or none.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import fiona
from fiona.crs import CRS

from zoneeditor.core.diff import DiffReport
from zoneeditor.core.diff_regions import Region
from zoneeditor.core.diff_report import CSV_COLUMNS, csv_rows
from zoneeditor.core.errors import WriteError
from zoneeditor.io.atomic import atomic_path
from zoneeditor.io.fiona_geometry import fiona_geometry
from zoneeditor.io.fiona_strays import collect_strays

_REGION_FIELDS = {
    "feature_id": "str", "feature_name": "str", "party": "str", "kind": "str",
    "area_km2": "float", "near": "str", "near_km": "float", "lon": "float", "lat": "float",
}
_TRANSFER_FIELDS = {
    "from_party": "str", "to_party": "str", "area_km2": "float", "near": "str",
    "near_km": "float", "lon": "float", "lat": "float",
}
_NUMERIC = {"area_before_km2", "area_after_km2", "gained_km2", "lost_km2", "max_shift_km",
            "area_between_km2", "mean_shift_km", "smaller_pieces", "smaller_pieces_km2"}


def write_diff_gpkg(report: DiffReport, path: Path | str) -> None:
    """Write the report's regions and transfers to a GeoPackage at ``path`` (atomically)."""
    path = Path(path)
    try:
        with atomic_path(path) as tmp:
            _write(report, tmp)
    except (OSError, fiona.errors.FionaError, sqlite3.Error) as exc:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise WriteError(str(path), text) from exc


def _region_row(report: DiffReport, r: Region) -> dict[str, Any]:
    fd = report.feature(r.feature_id) if r.feature_id else None
    return {
        "feature_id": r.feature_id, "feature_name": fd.name if fd else "",
        "party": fd.party if fd else "", "kind": r.kind, "area_km2": r.area_km2,
        "near": r.near or "", "near_km": r.near_km, "lon": r.lon, "lat": r.lat,
    }


def _write(report: DiffReport, tmp: Path) -> None:
    collect_strays()  # io.fiona_strays: no abandoned collection closes our GDAL env
    crs = CRS.from_epsg(4326)
    with fiona.open(tmp, "w", driver="GPKG", layer="change_regions", crs=crs, encoding="utf-8",
                    schema={"geometry": "Polygon", "properties": _REGION_FIELDS}) as sink:
        sink.writerecords({"geometry": fiona_geometry(r.geometry),
                           "properties": _region_row(report, r)} for r in report.regions)
    with fiona.open(tmp, "w", driver="GPKG", layer="transfers", crs=crs, encoding="utf-8",
                    schema={"geometry": "Polygon", "properties": _TRANSFER_FIELDS}) as sink:
        sink.writerecords(
            {"geometry": fiona_geometry(p.geometry),
             "properties": {"from_party": t.frm or "", "to_party": t.to or "",
                            "area_km2": p.area_km2, "near": p.near or "", "near_km": p.near_km,
                            "lon": p.lon, "lat": p.lat}}
            for t in report.transfers for p in t.pieces
        )
    columns = {c: ("float" if c in _NUMERIC else "str") for c in CSV_COLUMNS}
    with fiona.open(tmp, "w", driver="GPKG", layer="features", encoding="utf-8",
                    schema={"geometry": "None", "properties": columns}) as sink:
        sink.writerecords(
            {"geometry": None,
             "properties": {k: (None if v == "" and k in _NUMERIC else
                                (v if k in _NUMERIC else str(v)))
                            for k, v in row.items()}}
            for row in csv_rows(report, summary=False)
        )
    sl = report.slivers
    info = {"old_version": report.old_name, "old_fingerprint": report.old_fingerprint,
            "new_version": report.new_name, "new_fingerprint": report.new_fingerprint,
            "smaller_pieces": sl.transfer_line() if sl.transfers.count else "",
            "smaller_region_pieces": sl.regions.line() if sl.regions.count else ""}
    with fiona.open(tmp, "w", driver="GPKG", layer="diff_info", encoding="utf-8",
                    schema={"geometry": "None",
                            "properties": {"key": "str", "value": "str"}}) as sink:
        sink.writerecords({"geometry": None, "properties": {"key": k, "value": v}}
                          for k, v in info.items())
