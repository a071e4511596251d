"""The widgets of the georeferencing dialog and their layout, without behaviour.

``GeorefForm`` is the base of ``gui.georef_dialog.GeorefDialog``: the top row (scan, page,
transform, map grid), the scan and map views side by side, the entry row (scan x, y, place,
Add point), the control-point table, the buttons and the hint line; a vertical splitter
gives the views two thirds of the height. It fits a 1366 x 768 screen. Its strings are
translated in the dialog's context ("GeorefDialog"), where the translations are looked up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.reference import GeorefMethod
from zoneeditor.gui.georef_map_view import MapView
from zoneeditor.gui.georef_table import ControlPointTable
from zoneeditor.gui.georef_views import ScanView
from zoneeditor.render.scene import Scene


def _tr(text: str) -> str:
    return QCoreApplication.translate("GeorefDialog", text)


def method_names() -> dict[str, str]:
    """The transforms offered, by ``GeorefMethod`` value (translated)."""
    return {GeorefMethod.AFFINE.value: _tr("Affine (3 points or more)"),
            GeorefMethod.POLYNOMIAL2.value: _tr("Polynomial, 2nd order (6 points or more)"),
            GeorefMethod.TPS.value: _tr("Thin-plate spline (3 points or more)")}


class GeorefForm(QDialog):
    """The georeferencing dialog's widgets; ``scene_source`` gives the map view its map."""

    def __init__(self, scene_source: Callable[[], Scene], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._scene_source = scene_source
        self._sized = False
        self._build()
        self._fit_to_screen()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.scan_label = QLabel(_tr("No scan"), self)
        self.scan_label.setObjectName("scanName")
        self.open_button = QPushButton(_tr("&Open scan…"), self)
        self.open_button.setObjectName("openScan")
        self.page = QSpinBox(self)
        self.page.setObjectName("scanPage")
        self.page.setRange(1, 1)
        self.page.setPrefix(_tr("Page "))
        self.page.setToolTip(_tr("The page of the PDF annex to georeference"))
        self.method = QComboBox(self)
        self.method.setObjectName("georefMethod")
        for value, name in method_names().items():
            self.method.addItem(name, value)
        self.crs = QLineEdit(self)
        self.crs.setObjectName("georefCrs")
        self.crs.setPlaceholderText(_tr("the UTM zone of the points"))
        self.crs.setMinimumWidth(self.crs.fontMetrics().horizontalAdvance(
            self.crs.placeholderText()) + 16)
        self.crs.setToolTip(_tr("The coordinate system the scanned map is drawn in, e.g. "
                                    "EPSG:32637 (UTM 37N) or EPSG:4326 (a latitude/longitude "
                                    "grid); empty: the UTM zone of the control points"))
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.scan_label, 1)
        top.addWidget(self.page)
        top.addWidget(self._label(_tr("&Transform:"), self.method))
        top.addWidget(self.method)
        top.addWidget(self._label(_tr("Map &grid:"), self.crs))
        top.addWidget(self.crs)

        self.scan_view = ScanView(self)
        self.scan_view.show_message(_tr("Open a scanned map (PNG, JPEG, TIFF) or a PDF "
                                            "annex"))
        self.map_view = MapView(self._scene_source, self)
        views = QSplitter(Qt.Orientation.Horizontal, self)
        views.addWidget(self._titled(_tr("Scan: click a landmark"), self.scan_view))
        views.addWidget(self._titled(_tr("Map: click the same place"), self.map_view))
        views.setChildrenCollapsible(False)

        self.px = self._spin(_tr("Column on the scan (pixels from the left edge)"))
        self.py = self._spin(_tr("Row on the scan (pixels from the top edge)"))
        self.coordinate = QLineEdit(self)
        self.coordinate.setObjectName("georefCoordinate")
        self.coordinate.setPlaceholderText(_tr("latitude, longitude — or DMS, UTM, MGRS"))
        self.coordinate.setToolTip(_tr("Where the point lies, in any notation: 35.93, "
                                           "36.55 · 35°55'48\"N 36°33'E · 37S 267000 3710000 "
                                           "· 37SBT4827211116"))
        self.add_button = QPushButton(_tr("&Add point"), self)
        self.add_button.setObjectName("addControlPoint")
        entry = QHBoxLayout()
        entry.addWidget(self._label(_tr("Scan &x:"), self.px))
        entry.addWidget(self.px)
        entry.addWidget(self._label(_tr("&y:"), self.py))
        entry.addWidget(self.py)
        entry.addWidget(self._label(_tr("&Place:"), self.coordinate))
        entry.addWidget(self.coordinate, 1)
        entry.addWidget(self.add_button)

        self.table = ControlPointTable(self)
        self.delete_button = QPushButton(_tr("&Delete point"), self)
        self.delete_button.setObjectName("deleteControlPoint")
        self.undo_button = QPushButton(_tr("&Undo"), self)
        self.redo_button = QPushButton(_tr("&Redo"), self)
        self.rms = QLabel(self)
        self.rms.setObjectName("georefRms")
        self.rms.setWordWrap(True)
        self.save_button = QPushButton(_tr("&Save GeoTIFF and add as reference…"), self)
        self.save_button.setObjectName("saveGeoreference")
        self.close_button = QPushButton(_tr("Close"), self)
        self.hint = QLabel(self)
        self.hint.setObjectName("georefHint")
        self.hint.setWordWrap(True)
        actions = QHBoxLayout()
        for b in (self.delete_button, self.undo_button, self.redo_button):
            actions.addWidget(b)
        actions.addWidget(self.rms, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.close_button)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(entry)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addLayout(actions)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(views)
        body.addWidget(lower)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        self._body = body
        # Enter adds a point from the place box only: no button answers Enter on its own
        # (a dialog's buttons would, and Enter in the grid box would add a point)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.hint)
        self.setTabOrder(self.open_button, self.page)

    def _titled(self, title: str, view: QWidget) -> QWidget:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(title, box))
        lay.addWidget(view, 1)
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A label whose mnemonic (the letter after '&') moves the focus to ``buddy``."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _spin(self, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setDecimals(1)
        spin.setRange(0.0, 1_000_000.0)
        spin.setToolTip(tip)
        return spin

    def _fit_to_screen(self) -> None:
        """1280 x 760 where there is room; on a small screen (1366 x 768) what fits."""
        screen = self.screen()
        w, h = 1280, 760
        if screen is not None:  # None before it is on a screen (the stub says never)
            room = screen.availableGeometry()
            w, h = min(w, room.width() - 40), min(h, room.height() - 60)
        self.resize(max(640, w), max(480, h))

    def size_views_once(self) -> None:
        """The first time the dialog is shown, the views get two thirds of the height."""
        if not self._sized:
            self._sized = True
            total = max(1, sum(self._body.sizes()))
            self._body.setSizes([total * 2 // 3, total - total * 2 // 3])
