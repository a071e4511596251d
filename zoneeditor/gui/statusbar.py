"""Status bar widgets: cursor position (decimal or DMS), map scale 1:N, current tool; and
``StepMessages``, which says there what a deletion, an undo or a redo did.

Positions and the scale are isolated left to right (``core.naming.display_position``,
``ltr``): in an Arabic interface a DMS position would otherwise read ``2"36'30°33``.
Figures in messages read as everywhere else in the window (``core.figures``: "5,392.4 km²"
in the status bar as in the Changes table).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from zoneeditor.core.changes import ChangeSet, Structure
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import Feature, LayerKind
from zoneeditor.core.naming import display_name, display_position, isolate, ltr
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.step_names import step_text
from zoneeditor.i18n import current_language
from zoneeditor.i18n.values import feature_name


def format_scale(denominator: float) -> str:
    """1:N with N rounded to 3 significant digits and thousands separated: 1:250,000."""
    if denominator <= 0:
        return "1:?"
    digits = max(0, len(str(int(denominator))) - 3)
    n = int(round(denominator, -digits))
    return f"1:{n:,}"


class MapStatus:
    """Owns the permanent widgets of the window's status bar."""

    def __init__(self, bar: QStatusBar, parent: QWidget) -> None:
        self.bar = bar
        self.position = QLabel(parent)
        self.position.setObjectName("statusPosition")
        self.position.setMinimumWidth(230)
        self.dms = QToolButton(parent)
        self.dms.setObjectName("statusDms")
        self.dms.setText(QCoreApplication.translate("MapStatus", "DMS"))
        self.dms.setCheckable(True)
        self.dms.setToolTip(QCoreApplication.translate(
            "MapStatus", "Show the position in degrees, minutes and seconds"))
        self.scale = QLabel(parent)
        self.scale.setObjectName("statusScale")
        self.scale.setMinimumWidth(110)
        self.tool = QLabel(parent)
        self.tool.setObjectName("statusTool")
        for w in (self.position, self.dms, self.scale, self.tool):
            bar.addPermanentWidget(w)
        self._last: tuple[float, float] | None = None
        self.dms.toggled.connect(lambda _v: self._show_position())

    def set_position(self, lon: float, lat: float) -> None:
        """Show the cursor position."""
        self._last = (lon, lat)
        self._show_position()

    def clear_position(self) -> None:
        """Show no cursor position (the pointer left the map, or a start's first look)."""
        self._last = None
        self.position.clear()

    def _show_position(self) -> None:
        if self._last is not None:
            self.position.setText(display_position(*self._last, dms=self.dms.isChecked()))

    def set_view(self, viewport: Viewport) -> None:
        """Show the scale of ``viewport``."""
        self.scale.setText(ltr(format_scale(viewport.scale_denominator())))

    def set_tool(self, name: str) -> None:
        """Show the active tool's name."""
        self.tool.setText(name)


def deleted_features(changeset: ChangeSet) -> list[Feature]:
    """The features ``changeset`` deletes when deleting is all it does (Edit ▸ Delete
    selected), else []."""
    if changeset.structure != Structure.NONE or changeset.meta or not changeset.deltas:
        return []
    if any(d.old is None or d.new is not None for d in changeset.deltas):
        return []
    return [d.old for d in changeset.deltas if d.old is not None]


class StepMessages(QObject):
    """Says in the status bar what a step did that shows no message of its own: what was
    deleted ("Deleted zone Idlib · إدلب (Undo: Ctrl+Z)"; in Arabic «حُذفت المنطقة إدلب…»),
    undone ("Undone: Move vertex") or redone. The tools say what they add or change
    themselves."""

    def __init__(self, editor: Editor, window: WindowServices) -> None:
        super().__init__(window.main_widget)
        self._window = window
        self._editor = editor
        editor.stepped.connect(self.on_stepped)

    def text(self, how: str, changeset: ChangeSet) -> str:
        """The message for ``changeset`` made ("do"), undone or redone; "" for none."""
        if how in ("undo", "redo"):  # features named in the window's language
            step = step_text(changeset, self._editor.document.project)
            return (self.tr("Undone: %1") if how == "undo"
                    else self.tr("Redone: %1")).replace("%1", step)
        deleted = deleted_features(changeset)
        if not deleted:
            return ""
        if len(deleted) == 1:
            f = deleted[0]
            # both names in English, as the map labels it; in another language the name
            # the History panel gives it (its Arabic or Russian name), not the English one
            name = isolate(display_name(f, fallback=f.label) if current_language() in ("", "en")
                           else feature_name(f))
            said = {LayerKind.ZONES: self.tr("Deleted zone %1"),
                    LayerKind.LINES: self.tr("Deleted line %1"),
                    LayerKind.POINTS: self.tr("Deleted point %1")}[f.layer].replace("%1", name)
        else:
            said = self.tr("Deleted %n features", "", len(deleted))
        key = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText)
        return substitute(self.tr("%1 (Undo: %2)"), (said, ltr(key)))

    def on_stepped(self, how: str, changeset: ChangeSet) -> None:
        """A step was made, undone or redone: say so when it has no message of its own."""
        message = self.text(how, changeset)
        if message:
            self._window.status(message)


def install(editor: Editor, window: WindowServices) -> StepMessages:
    """Say in the window's status bar what Delete, Undo and Redo did."""
    return StepMessages(editor, window)
