"""The import dialog's footer: one line of what the import will do, and the features that
would be left out on a line of their own, marked, never lost in the summary; what the party
and status values become (``value_parts``) and the status bar's line after the import
(``imported_status``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from zoneeditor.core.messages import fill, substitute
from zoneeditor.core.model import Feature, Project
from zoneeditor.core.naming import isolate
from zoneeditor.gui.import_dialog.problems import feature_counts
from zoneeditor.gui.import_dialog.value_notes import shown_note
from zoneeditor.gui.import_dialog.words import left_out_line, left_out_status, new_parties
from zoneeditor.gui.wrapped_label import WrappedLabel
from zoneeditor.i18n.lists import listed


def _tr(text: str) -> str:
    """Translate in the import dialog's context (lupdate finds this module's literals)."""
    return QCoreApplication.translate("ImportDialog", text)


def value_parts(project: Project, before: Sequence[Feature], features: Sequence[Feature],
                chosen: Mapping[str, Mapping[str, str]]) -> list[str]:
    """What the import makes of party and status values: those of ``before`` (the files'
    features as the columns give them) mapped as ``chosen``, in ``core.party_values``' own
    sentences (the command prints the same; the values taken by their display names,
    ``value_notes``), and the parties the import adds to the project
    (values of ``features`` it does not know, kept)."""
    from zoneeditor.core.party_values import canonical_values, readings_notes
    from zoneeditor.io.exchange import unknown_values

    parts = []
    if chosen:
        said = [r for r in canonical_values(before, None, chosen)[1] if r.chosen]
        parts += [shown_note(note, project.meta) for note in readings_notes(said)]
    added = unknown_values(project, features)["party"]
    if added:
        parts.append(new_parties(len(added), [isolate(value) for value, _n in added]))
    return parts


def imported_status(names: Sequence[str], features: Sequence[Feature], notes: Sequence[str],
                    left: dict[str, int]) -> str:
    """The status bar's line after importing ``features`` from the files ``names``: what
    came in, ``notes`` (values read as others), what was left out."""
    status = substitute(_tr("Imported %1: %2"),
                        (listed(isolate(n) for n in names), feature_counts(features)))
    for note in notes:
        status = substitute(_tr("%1; %2"), (status, note))
    if left:
        status = substitute(_tr("%1; %2"), (status, left_out_status(left)))
    return status


class ImportSummary:
    """The summary label and the left-out row (the dialog lays them out)."""

    def __init__(self, owner: QWidget) -> None:
        self.summary_label = WrappedLabel()  # Arabic descenders were cut by a pixel
        self.left_out_icon = QLabel()
        size = owner.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.left_out_icon.setPixmap(owner.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.left_out_label = QLabel()
        self.left_out_label.setObjectName("leftOutLabel")
        self.left_out_label.setWordWrap(True)
        self.left_out_label.setStyleSheet("#leftOutLabel { color: #8a5a00; font-weight: bold; }")
        self.left_out_row = QWidget()
        layout = QHBoxLayout(self.left_out_row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.left_out_icon)
        layout.addWidget(self.left_out_label, 1)
        self.left_out_row.setVisible(False)

    def show(self, parts: list[str], left: dict[str, int]) -> None:
        """Say ``parts`` in one line, and the features ``left`` out (by reason) apart."""
        line = parts[0] if parts else ""
        for part in parts[1:]:  # "؛" in Arabic, as the status bar's line after the import
            line = fill(_tr("%1; %2"), (line, part))
        self.summary_label.setText(line)
        self.left_out_label.setText(left_out_line(left) if left else "")
        self.left_out_row.setVisible(bool(left))

    def say(self, text: str) -> None:
        """Replace the summary with ``text`` (an import that was refused)."""
        self.summary_label.setText(text)


__all__ = ["ImportSummary", "imported_status", "value_parts"]
