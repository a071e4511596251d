"""The problems dock: overlaps between zones of different parties (with their area) and
invalid geometries of the version being edited, kept up to date as the map changes.

Clicking a row selects the feature and zooms to the place of the problem (marked with the
``flash`` the editing add-on gives the panel).

A row is in the window's language throughout (``problem_text``): the feature, the features
and parties its sentence names as the window names them (``gui.named_messages``), the
statuses it lists by their display names; core's ``Problem`` keeps the stored values (the
command line prints them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from zoneeditor.core.document import Document
from zoneeditor.core.figures import area_figure
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import STATUSES
from zoneeditor.core.naming import isolate, with_unit
from zoneeditor.core.validate import Problem, validate_version
from zoneeditor.core.validity import describe
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.named_messages import names_in
from zoneeditor.gui.step_names import renamed
from zoneeditor.gui.tool_messages import translated
from zoneeditor.gui.wrapped_rows import wrap_rows
from zoneeditor.i18n.values import feature_name, status_name, version_title

#: Wait this long after the last change before re-validating (a drag sends many changes).
DEBOUNCE_MS = 250
#: Half-size (degrees) of the view shown around a problem's location.
ZOOM_HALF_DEG = 0.08


def problem_text(problem: Problem, document: Document) -> str:
    """One row of the panel, "Idlib: overlaps Northern Hama of Government by 3.2 km² at …",
    in the window's language: the feature as the window calls it (``feature_name``: إدلب in
    Arabic), the sentence translated with the features and parties it names in that language
    and a status value ("status 'x' is not one of proposed, agreed and disputed") by its
    display name. ``Problem.feature`` and the message's arguments are stored values; an
    Arabic window listed «Idlib: …» with English names inside its sentence."""
    feature = document.version.get(problem.feature_id)
    who = feature_name(feature) if feature is not None else problem.feature
    message = describe(problem.message, problem.where)
    names = {s: shown for s in STATUSES if (shown := status_name(s)) != s}
    # features and parties last: a zone called "agreed" is named as a zone
    names.update(names_in(message, document.version.features.values(),
                          document.project.meta))
    return f"{isolate(who)}: {translated(renamed(message, names))}"


class ProblemsPanel(QWidget):
    """Lists ``core.validate`` problems of the current version; a click zooms to one."""

    def __init__(self, editor: Editor, canvas: MapCanvas,
                 flash: Callable[[tuple[float, float]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self._editor = editor
        self._canvas = canvas
        self._flash = flash
        self.problems: list[Problem] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("problemsList")
        wrap_rows(self.list)  # a long row (an overlap, in Arabic) is shown whole, wrapped
        self.list.itemActivated.connect(self.on_item_activated)
        self.list.itemClicked.connect(self.on_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        editor.document_changed.connect(self.on_changed)
        editor.version_changed.connect(self.on_changed)
        editor.session_changed.connect(self.refresh)
        self.refresh()

    def on_changed(self, *_args: object) -> None:
        """The map changed: validate again shortly."""
        self._timer.start()

    def refresh(self, *_args: object) -> None:
        """Validate the current version now and list what is wrong."""
        doc = self._editor.document
        self.problems = validate_version(doc.version, doc.project.meta)
        self.list.clear()
        for p in self.problems:
            text = problem_text(p, doc)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, self.list.count())
            item.setToolTip(text)
            self.list.addItem(item)
        overlaps = [p for p in self.problems if p.area_km2 is not None]
        shown = isolate(version_title(doc.current_version))
        if not self.problems:
            self.summary.setText(self.tr("No problems in %1").replace("%1", shown))
        elif not overlaps:
            self.summary.setText(self.tr("%n problem(s) in %1", "", len(self.problems))
                                 .replace("%1", shown))
        else:
            total = sum(p.area_km2 or 0.0 for p in overlaps)
            # as every area reads (core.figures: "283.1"), never "km²" alone on a line;
            # overlaps of zones of two parties, or of a party's and a zone of none
            area = with_unit(area_figure(total), self.tr("km²"))
            self.summary.setText(substitute(
                self.tr("%n problem(s) in %1; zones overlapping: %2", "", len(self.problems)),
                (shown, area)))

    def on_item_activated(self, item: QListWidgetItem) -> None:
        """Select the feature and zoom to the problem."""
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is None or not 0 <= index < len(self.problems):
            return
        p = self.problems[index]
        editor = self._editor
        feature = editor.document.feature(p.feature_id)
        if feature is not None:
            editor.selection.set({p.feature_id})
        if p.where is not None:
            x, y = p.where
            bounds = (x - ZOOM_HALF_DEG, y - ZOOM_HALF_DEG, x + ZOOM_HALF_DEG, y + ZOOM_HALF_DEG)
        elif feature is not None:
            bounds = feature.geometry.bounds
        else:
            return
        self._canvas.zoom_to_bounds(bounds, margin=0.15)
        if p.where is not None:
            self._flash(p.where)
