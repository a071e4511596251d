"""The locator (View ▸ Go to place or feature…, Ctrl+K): type a name, jump there.

A small box over the top of the map. What is typed is looked up, on every key, among the
open project's named features (of the version shown) and the bundled towns and countries,
in English, Arabic or Russian, tolerant of case, accents, Arabic letter forms and
transliteration (``core.place_search``), places near the project first. It is used from the
keyboard alone: Up/Down (Page Up/Down) choose, Enter goes there, Escape closes; the map has
the focus again afterwards, so its keys work at once.

Going to a feature selects it and shows it whole; going to a town shows the country around
it at about 1:250,000 and marks the place for a moment; a country is shown whole.

The towns and countries are indexed once, on a background thread, when the basemap and
gazetteer have arrived (~0.4 s); until then the project's features are found already.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QObject,
    QPointF,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QListWidgetItem,
    QWidget,
)

from zoneeditor.core.model import LayerKind
from zoneeditor.core.naming import Order, display_name, display_position, isolate
from zoneeditor.core.place_search import (
    Match,
    Place,
    PlaceIndex,
    PlaceKind,
    places_from_countries,
    places_from_features,
    places_from_towns,
)
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.background import BackgroundJobs
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.locator_popup import DETAIL_ROLE, TITLE_ROLE, LocatorPopup
from zoneeditor.gui.services import WindowServices
from zoneeditor.i18n import current_language, is_rtl
from zoneeditor.i18n.values import kind_name, party_name, place_name

#: The locator's key.
SHORTCUT = "Ctrl+K"
#: Results listed at most.
MAX_RESULTS = 30
#: Half the side (degrees) of the view shown around a town (about 1:250,000 on a laptop).
TOWN_HALF_DEG = 0.12
#: Half the side (degrees) of the view around a point feature.
POINT_HALF_DEG = 0.05
#: How far around the project's extent (degrees) places count as "near" for the ranking.
NEAR_MARGIN_DEG = 1.5
#: How long the place gone to stays marked (ms).
MARK_MS = 4000


class Locator(QObject):
    """Ctrl+K: the action, the popup box, the index of towns and countries, going there."""

    def __init__(self, editor: Editor, window: WindowServices, canvas: MapCanvas) -> None:
        super().__init__(window.main_widget)
        self.setObjectName("locator")
        self._editor = editor
        self._window = window
        self._canvas = canvas
        self._index = PlaceIndex([])
        self._index_ready = False
        self._countries: dict[str, str] = {}
        self.matches: list[Match] = []
        self._layers = {LayerKind.ZONES: self.tr("zone of the project"),
                        LayerKind.LINES: self.tr("line of the project"),
                        LayerKind.POINTS: self.tr("point of the project")}
        self._mark: tuple[float, float, str] | None = None
        self._mark_timer = QTimer(self)
        self._mark_timer.setSingleShot(True)
        self._mark_timer.timeout.connect(self._end_mark)
        self._jobs = BackgroundJobs(self, "locator-index")
        self.action = QAction(self.tr("&Go to place or feature…"), window.main_widget)
        self.action.setObjectName("action_locator")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setStatusTip(self.tr("Find a town, a country or a feature of the project "
                                          "by its name and show it on the map"))
        self.action.triggered.connect(self.open)
        window.menu("View").addAction(self.action)
        self.popup = LocatorPopup(self, window.main_widget)
        canvas.add_overlay(self._paint_mark)
        editor.background_changed.connect(self.on_background)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window has widgets: the QApplication exists
        app.focusChanged.connect(self._on_focus_changed)
        if editor.gazetteer is not None or editor.basemap is not None:
            self.on_background()

    # -- the index -----------------------------------------------------------------------------
    def on_background(self) -> None:
        """The basemap and gazetteer arrived: index their towns and countries off the UI
        thread (the project's features are searched without waiting)."""
        towns = self._editor.gazetteer.towns if self._editor.gazetteer is not None else ()
        countries = (self._editor.basemap.countries if self._editor.basemap is not None
                     else ())

        def build(_progress: object) -> PlaceIndex:
            return PlaceIndex(places_from_towns(towns) + places_from_countries(countries))

        self._index_ready = False
        self._jobs.submit(build, on_done=self._index_built)

    def _index_built(self, index: PlaceIndex) -> None:
        self._index = index
        self._index_ready = True
        self._countries.clear()
        if self.popup.isVisible():
            self.search(self.popup.input.text())

    def wait_ready(self, timeout_s: float = 30.0) -> bool:
        """Process events until the towns and countries are indexed (tests)."""
        deadline = time.monotonic() + timeout_s
        while not self._index_ready and time.monotonic() < deadline:
            self._jobs.wait(max(0.0, deadline - time.monotonic()))
            QApplication.processEvents()
        return self._index_ready

    # -- the box -------------------------------------------------------------------------------
    def open(self) -> None:
        """Show the box over the map with the cursor in it (what was typed last, selected)."""
        self.popup.place_over(self._canvas)
        self.popup.show()
        self.popup.raise_()
        self.popup.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.popup.input.selectAll()
        self.search(self.popup.input.text())

    def close(self) -> None:
        """Hide the box; the map has the focus again."""
        if self.popup.isVisible():
            self.popup.hide()
            self._canvas.setFocus(Qt.FocusReason.PopupFocusReason)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Clicking anywhere else (the map, a panel) closes the box, as a popup does.
        if self.popup.isVisible() and new is not None and not self.popup.isAncestorOf(new):
            self.popup.hide()

    def _near(self) -> tuple[float, float, float, float]:
        bounds = self._editor.version_bounds()
        if bounds is None:
            return self._canvas.viewport.bounds
        m = NEAR_MARGIN_DEG
        return (bounds[0] - m, bounds[1] - m, bounds[2] + m, bounds[3] + m)

    def search(self, text: str) -> None:
        """List what ``text`` finds (best first; the first one is chosen)."""
        features = places_from_features(self._editor.document.version)
        self.matches = self._index.search(text, MAX_RESULTS, extra=features, near=self._near())
        results = self.popup.results
        results.clear()
        for match in self.matches:
            title, detail = self.describe(match)
            item = QListWidgetItem(f"{title}  —  {detail}")  # (what a screen reader says)
            item.setData(TITLE_ROLE, title)
            item.setData(DETAIL_ROLE, detail)
            item.setToolTip(display_position(*match.place.position))
            results.addItem(item)
        if self.matches:
            results.setCurrentRow(0)
        if self.popup.isVisible():
            self.popup.fit_rows()
        if not text.strip():
            self.popup.hint.setText(self.tr("Type a name: a town, a country, or a zone, line "
                                            "or point of the project. Enter goes there, "
                                            "Escape closes."))
        elif not self.matches:
            self.popup.hint.setText(self.tr("Nothing is called “%1”.").replace(
                "%1", isolate(text.strip())))
        else:
            self.popup.hint.setText(self.tr("%n found; Enter shows the first.", "",
                                            len(self.matches)))
        if text.strip() and not self._index_ready:
            self.popup.hint.setText(self.popup.hint.text() + " " + self.tr(
                "(Towns and countries are still being loaded.)"))

    # -- describing a result -------------------------------------------------------------------
    def describe(self, match: Match) -> tuple[str, str]:
        """(the name shown, what it is) for a result, in the interface language; the name
        that was matched is added when it is another spelling (typed in another script)."""
        place = match.place
        if place.kind == PlaceKind.FEATURE:
            f = place.item
            order: Order = "local_first" if is_rtl(current_language()) else "name_first"
            title = display_name(f, order, fallback=match.matched)  # both names, as on the map
            kind = str(f.attributes.get("kind") or "")
            detail = self._layers[f.layer]
            if kind:
                detail += f" ({isolate(kind_name(kind))})"
            party = party_name(f.party, self._editor.document.project.meta)
            if party:
                detail += f" · {isolate(party)}"
            return title, detail
        elif place.kind == PlaceKind.COUNTRY:
            title = place_name(place.item)
            detail = self.tr("country")
        else:
            title = place_name(place.item)
            country = self._country_of(place)
            detail = (self.tr("town in %1").replace("%1", isolate(country)) if country
                      else self.tr("town"))
        if match.matched != title:
            title = f"{isolate(title)} · {isolate(match.matched)}"
        return isolate(title), detail

    def _country_of(self, place: Place) -> str:
        code = place.item.country  # a core.places.Town
        basemap = self._editor.basemap
        if not code or basemap is None:
            return ""
        if code not in self._countries:
            x, y = place.position
            found = basemap.query(x - 1e-4, y - 1e-4, x + 1e-4, y + 1e-4)
            self._countries[code] = place_name(found[0]) if found else ""
        return self._countries[code]

    # -- going there ---------------------------------------------------------------------------
    def go_to_current(self) -> None:
        """Go to the chosen result (nothing when there is none), close the box."""
        row = self.popup.results.currentRow()
        if not 0 <= row < len(self.matches):
            return
        self.go_to(self.matches[row])
        self.close()

    def go_to(self, match: Match) -> None:
        """Show ``match`` on the map: select a feature, frame a country, mark a town."""
        place = match.place
        x, y = place.position
        title, detail = self.describe(match)
        if place.kind == PlaceKind.FEATURE:
            feature = self._editor.document.feature(place.key)
            if feature is None:  # gone since the search (an edit, another version)
                return
            bounds = feature.geometry.bounds
            if bounds[2] - bounds[0] < 1e-9 and bounds[3] - bounds[1] < 1e-9:
                bounds = (x - POINT_HALF_DEG, y - POINT_HALF_DEG,
                          x + POINT_HALF_DEG, y + POINT_HALF_DEG)
            self._canvas.zoom_to_bounds(bounds, margin=0.2)
            self._editor.selection.set({feature.id})
            if feature.layer.value in self._editor.layer_state.hidden:
                detail += " " + self.tr("(its layer is hidden: show it in Layers)")
        elif place.kind == PlaceKind.COUNTRY and place.bounds is not None:
            self._canvas.zoom_to_bounds(place.bounds, margin=0.05)
        else:
            self._canvas.zoom_to_bounds((x - TOWN_HALF_DEG, y - TOWN_HALF_DEG,
                                         x + TOWN_HALF_DEG, y + TOWN_HALF_DEG), margin=0.0)
            self._mark = (x, y, place_name(place.item))
            self._mark_timer.start(MARK_MS)
            self._canvas.update()
        self._window.status(f"{title} — {detail}")

    def _end_mark(self) -> None:
        self._mark = None
        self._canvas.update()

    def _paint_mark(self, painter: QPainter, viewport: Viewport) -> None:
        if self._mark is None:
            return
        lon, lat, name = self._mark
        x, y = viewport.to_screen(lon, lat)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, width in (("#ffffff", 6), ("#1f4e9e", 3)):  # a ring with a white halo
            painter.setPen(QPen(QColor(colour), width))
            painter.drawEllipse(QPointF(x, y), 14, 14)
        # and its name beside it, over whatever label holds that place (a tester went to
        # Tadmur and saw only "SYRIA" there: the country's name had taken the town's room)
        font = QFont(self._canvas.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        path = QPainterPath()
        path.addText(0, 0, font, name)
        box = path.boundingRect()
        rtl = is_rtl(current_language())
        left = x - 20 - box.width() if rtl else x + 20
        path.translate(left - box.left(), y - box.center().y())
        painter.setPen(QPen(QColor("#ffffff"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        painter.fillPath(path, QColor("#1f4e9e"))
        painter.restore()


def install(editor: Editor, window: WindowServices, canvas: MapCanvas) -> Locator:
    """Add View ▸ Go to place or feature… (Ctrl+K) and its box over the map."""
    return Locator(editor, window, canvas)


__all__ = ["Locator", "LocatorPopup", "install"]
