"""The import dialog's list of problems: one row per problem of each file read.

Severity in colour, the file (with its folder when two files share a name), the feature,
the problem with its place, and what to do in the dialog's words (the reader speaks of CLI
options: ``--swap-xy`` becomes "tick swap them", ``gui.window_wording``). The reader's sentences are
``core.messages.Message``s: they are shown translated (``gui.tool_messages.translated``),
with the file's names, counts and places filled in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from zoneeditor.core.messages import fill
from zoneeditor.core.model import ProjectMeta
from zoneeditor.core.validity import describe
from zoneeditor.gui.import_dialog.value_notes import shown_note
from zoneeditor.gui.import_dialog.words import lines_count, points_count, zones_count
from zoneeditor.gui.tool_messages import translated
from zoneeditor.i18n.lists import listed


def _tr(text: str) -> str:
    """Translate in the import dialog's context (lupdate finds this module's literals)."""
    return QCoreApplication.translate("ImportDialog", text)

_COLOURS = {"error": "#b00020", "warning": "#8a5a00", "note": "#555555"}


def hint(suggestion: str) -> str:
    """The reader's advice in the dialog's words: it speaks of CLI options ("--swap-xy"),
    the window of its own fields ("tick \"swap them\""; ``gui.window_wording``)."""
    return translated(suggestion)


def feature_counts(features: Iterable[Any]) -> str:
    """"3 zones, 1 line" in the interface language (each with its plural form)."""
    c = Counter(f.layer.value for f in features)
    parts = [say(c[layer]) for layer, say in (("zones", zones_count), ("lines", lines_count),
                                              ("points", points_count)) if c[layer]]
    return listed(parts) or _tr("no features")


def _counts(result: Any) -> str:
    # what can come in: a feature left out (invalid with no repair) is counted in the
    # footer's "left out", not here as well
    return feature_counts(result.importable)


def file_summary(result: Any) -> str:
    """One line per file: format, feature counts, coordinates and text encoding."""
    # a layer whose coordinate system could not be understood keeps "!" and the reason
    crs = _tr("unknown") if result.crs.startswith("!") else result.crs
    return fill(_tr("%1: %2; coordinates %3; text %4"),
                (translated(result.format), _counts(result), crs, result.encoding or "-"))


class ProblemsList(QTreeWidget):
    """Every problem of the files read, one row each (read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([_tr("Severity"), _tr("File"), _tr("Feature"), _tr("Problem"),
                              _tr("What to do")])
        self.setRootIsDecorated(False)
        self.setColumnWidth(0, 70)
        self.setColumnWidth(1, 140)
        self.setColumnWidth(2, 130)
        self.setColumnWidth(3, 480)
        self.setMinimumHeight(120)

    def show_results(self, results: list, read_errors: list[tuple[str, str]],
                     meta: ProjectMeta) -> None:
        """Fill the list: files that could not be read, then each file's summary and
        problems (the schema line is left to the Columns and fields tab); the party and
        status values a note names by their display names (parties of ``meta``)."""
        self.clear()
        for name, text in read_errors:
            self.add_row("error", name, "", fill(_tr("cannot be read: %1"), (translated(text),)),
                         _tr("check the file; nothing was changed"))
        names = [r.path.name for r in results]
        for r in results:
            # Same file name twice (zones.shp from two folders): show the folder too.
            shown = r.path.name if names.count(r.path.name) == 1 else \
                f"{r.path.parent.name}/{r.path.name}"
            self.add_row("note", shown, "", file_summary(r), "")
            for p in r.problems:
                if p.code == "schema":
                    continue
                # "… at 35.75000°N 36.35000°E"; "… PROPOSED → مقترح"
                where = shown_note(describe(p.message, p.where), meta)
                self.add_row(p.severity, shown, p.feature, where, hint(p.suggestion))

    def add_row(self, severity: str, file: str, feature: str, text: str,
                suggestion: str) -> None:
        """One row, its severity in colour, the full text as a tooltip."""
        names = {"error": _tr("error"), "warning": _tr("warning"), "note": _tr("note")}
        item = QTreeWidgetItem([names.get(severity, severity), file, feature, text, suggestion])
        item.setToolTip(3, text)
        item.setForeground(0, QBrush(QColor(_COLOURS.get(severity, "#000000"))))
        self.addTopLevelItem(item)

    def texts(self) -> list[str]:
        """Every row as one line (for tests and copying)."""
        out = []
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            assert item is not None  # i < topLevelItemCount()
            out.append(" | ".join(item.text(c) for c in range(5)))
        return out
