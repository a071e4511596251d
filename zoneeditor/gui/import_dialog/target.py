"""Where the import goes: into the agreed baseline, or a new proposal named after the first
file unless the user typed a name (the command's ``--as agreed|proposal:NAME``); and
whether the Layers panel's locks let it (``lock_refusal``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from zoneeditor.core.messages import joined, substitute
from zoneeditor.core.model import AGREED, Feature, LayerKind, Project
from zoneeditor.core.naming import isolate
from zoneeditor.gui.tool_messages import translated
from zoneeditor.i18n.values import layer_name, version_title


def _tr(text: str) -> str:
    """Translate in the import dialog's context (lupdate finds this module's literals)."""
    return QCoreApplication.translate("ImportDialog", text)


class ImportTarget:
    """The two choices and the proposal's name (the dialog lays out ``row`` and connects
    the widgets' signals)."""

    def __init__(self, owner: QWidget) -> None:
        self.agreed_radio = QRadioButton(_tr("Into the agreed baseline"))
        self.proposal_radio = QRadioButton(_tr("As a new proposal named:"))
        self.proposal_name = QLineEdit()
        #: The name given to the proposal (after the first file); a name the user typed
        #: differs from it and is kept when the files change.
        self._given_name = ""
        self.group = QButtonGroup(owner)
        self.group.addButton(self.agreed_radio)
        self.group.addButton(self.proposal_radio)
        self.proposal_radio.setChecked(True)

    def row(self) -> QHBoxLayout:
        """The choices in one row."""
        row = QHBoxLayout()
        row.addWidget(self.agreed_radio)
        row.addWidget(self.proposal_radio)
        row.addWidget(self.proposal_name, 1)
        return row

    def name_after(self, files: list[str]) -> None:
        """Name the proposal after the first of ``files``, unless the user typed a name."""
        typed = self.proposal_name.text()
        if typed and typed != self._given_name:
            return
        self._given_name = _tr("Imported %1").replace("%1", Path(files[0]).stem) \
            if files else ""
        self.proposal_name.setText(self._given_name)

    def target(self) -> str:
        """The version to import into ("" while the proposal has no name)."""
        return AGREED if self.agreed_radio.isChecked() else self.proposal_name.text().strip()


def lock_refusal(project: Project, features: Sequence[Feature], target: str,
                 locked_in: Callable[[str], Set[str]]) -> str:
    """Why ``features`` may not be imported into version ``target`` of ``project``, whose
    locked layers (LayerKind values) ``locked_in`` gives (``LayerState.locked_in``: the
    baseline's own, or the proposals'); "" when they may. Each layer the import would
    change is asked: with only Zones of the baseline locked, a file of zones went into it,
    because only "Agreed baseline locked" (all three) was; a lock of a layer it does not
    change is no obstacle. A new proposal is a new version: nothing of it is locked, as for
    Version ▸ New proposal…."""
    if target not in project.versions:
        return ""
    locked = locked_in(target)
    if target == AGREED and len(locked) == len(LayerKind):  # "Agreed baseline locked"
        return _tr("the agreed baseline is locked (unlock it in the Layers panel, or import "
                   "as a proposal)")
    from zoneeditor.io.exchange import layers_written

    written = layers_written(project, features, target)
    hit = [layer_name(k) for k in LayerKind if k in written and k.value in locked]
    if not hit:
        return ""
    version = isolate(version_title(target))
    if len(hit) == 1:
        return substitute(_tr("the layer %1 of %2 is locked (unlock it in the Layers panel, "
                              "or import as a new proposal)"), (hit[0], version))
    layers = translated(joined(hit, comma=True))  # "Zones, Points"; with the Arabic comma in Arabic
    return substitute(_tr("the layers %1 of %2 are locked (unlock them in the Layers panel, "
                          "or import as a new proposal)"), (layers, version))


__all__ = ["ImportTarget", "lock_refusal"]
