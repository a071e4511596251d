"""Choosing reference files: the one file dialog of Layer ▸ Add reference layer… and of the
Layers panel's Add button, and the one of Tools ▸ Georeference image….

The filters list what ``io.reference`` reads: OpenStreetMap extracts, imagery (GeoTIFF / COG,
MBTiles, GeoPackage tile sets) and every vector file the import reader takes; "All files"
stays, since a file is recognised by its content too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceFiles", text)


def reference_filters() -> str:
    """The file dialog filters of reference layers (translated)."""
    return ";;".join((
        _tr("Reference layers (*.osm *.pbf *.tif *.tiff *.mbtiles *.gpkg *.shp *.zip "
            "*.geojson *.json *.kml *.kmz)"),
        _tr("OpenStreetMap extracts (*.osm *.pbf)"),
        _tr("Imagery: GeoTIFF, MBTiles, GeoPackage tiles (*.tif *.tiff *.mbtiles *.gpkg)"),
        _tr("Vector files (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz)"),
        _tr("All files (*)"),
    ))


def scan_filters() -> str:
    """The file dialog filters of scans to georeference (translated)."""
    return ";;".join((
        _tr("Scans and PDF annexes (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)"),
        _tr("All files (*)"),
    ))


def ask_reference_files(parent: QWidget, folder: str = "") -> list[str]:
    """Ask for one or more reference files, starting in ``folder``; [] when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, _tr("Add reference layer"), folder,
                                            reference_filters())
    return list(paths)


def ask_scan_file(parent: QWidget, folder: str = "") -> str:
    """Ask for a scan or PDF annex to georeference, starting in ``folder``; '' when
    cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Georeference image"), folder,
                                          scan_filters())
    return path
