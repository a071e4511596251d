"""Attributes of the selection: name, its own-language name, local name, party, status,
kind, notes.

Three names: ``name``, the shared romanised name every party's tool reads; the name in the
interface language (``core.naming.own_name_key``: "Name (Russian)", ``name_ru``, in a
Russian window; "Name (Arabic)", ``name_ar``, in an Arabic one; none in English, whose name
is ``name``), the one the map labels beside the local name in that window; and
``name_local``, the name in the local script. A delegate typing the Russian name into "Name"
replaced the shared name and left ``name_ru`` empty (a tester's export: ``name = Буферная
зона Восток``, ``name_ru = (null)``). Other ``name_xx`` columns are kept as they are.

Every edit is one undoable step made with ``core.edits.set_attributes`` and pushed on the
history. With several features selected, a field edited applies to all of them in one step
(fields that differ show empty). Locked features (the agreed baseline, a locked layer) are
shown read-only, and look it: text fields lose their frame and white background (the text
can still be selected and copied), choices are greyed, and the panel says how to unlock.

Data values are shown by their display names in the interface language (``i18n.values``:
"Agreed baseline", status and kind names, a party's name in the interface's script); what
is stored is never changed by that: a kind chosen by its display name stores its value.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.edits import set_attributes
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import STATUSES, Feature, LayerKind
from zoneeditor.core.naming import isolate, own_name_key
from zoneeditor.core.scripts import script_of
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.named_messages import named_error
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.wrapped_label import WrappedLabel
from zoneeditor.i18n import current_language
from zoneeditor.i18n.values import (
    KIND_NAMES,
    attribute_name,
    attribute_title,
    kind_name,
    party_name,
    status_name,
    version_title,
)

_MIXED = object()
#: The script each interface language with an own-name column writes in.
_SCRIPTS = {"ar": "Arabic", "ru": "Cyrillic"}


def _tip(*paragraphs: str) -> str:
    """A tooltip of ``paragraphs`` as rich text, which Qt wraps (a plain one is one line,
    wider than the screen beside the Attributes panel); '' for none."""
    shown = [p for p in paragraphs if p]
    return "".join(f"<p>{html.escape(p)}</p>" for p in shown)


class _NotesEdit(QPlainTextEdit):
    """A notes box that commits when it loses focus (a multi-line edit has no Enter)."""

    def __init__(self, on_commit, parent=None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit

    def focusOutEvent(self, event) -> None:
        self._on_commit()
        super().focusOutEvent(event)


class AttributesPanel(QWidget):
    """A form bound to the editor's selection; edits become undoable steps."""

    def __init__(self, editor: Editor, window: WindowServices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._window = window
        self._loading = False
        self.summary = WrappedLabel("", self)  # Arabic descenders were cut by a pixel
        self.name = QLineEdit(self)
        self.name.setObjectName("attrName")
        # The column of the name in the interface language ('' in English: none).
        self.own_key = own_name_key(current_language())
        self.name_own = QLineEdit(self)
        self.name_own.setObjectName("attrNameOwn")
        self.name_local = QLineEdit(self)
        self.name_local.setObjectName("attrNameLocal")
        # The name fields by their column, in the form's order.
        self._names: dict[str, QLineEdit] = {"name": self.name}
        if self.own_key:
            self._names[self.own_key] = self.name_own
        else:
            self.name_own.hide()  # English: "Name" is English's own name
        self._names["name_local"] = self.name_local
        self.party = QComboBox(self)
        self.party.setObjectName("attrParty")
        self.status = QComboBox(self)
        self.status.setObjectName("attrStatus")
        self.kind = QComboBox(self)
        self.kind.setObjectName("attrKind")
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.notes: _NotesEdit = _NotesEdit(
            lambda: self._commit("notes", self.notes.toPlainText()), self)
        self.notes.setObjectName("attrNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self._layers = {LayerKind.ZONES: self.tr("Zone"), LayerKind.LINES: self.tr("Line"),
                        LayerKind.POINTS: self.tr("Point")}
        form = QFormLayout()
        for key, widget in (*self._names.items(), ("party", self.party),
                            ("status", self.status), ("kind", self.kind), ("notes", self.notes)):
            form.addRow(attribute_title(key), widget)  # named as history and diff name it
        self._purposes = self._name_purposes()
        for edit, purpose in self._purposes.items():
            label = form.labelForField(edit)
            if label is not None:  # the field's title says it too
                label.setToolTip(_tip(purpose))
            edit.setToolTip(_tip(purpose))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addStretch(1)
        for key, edit in self._names.items():
            edit.editingFinished.connect(
                lambda key=key, edit=edit: self._commit(key, edit.text()))
        self.party.activated.connect(
            lambda _i: self._commit("party", self.party.currentData() or ""))
        self.status.activated.connect(
            lambda _i: self._commit("status", self.status.currentData() or ""))
        self.kind.activated.connect(lambda _i: self._commit("kind", self.kind_value()))
        kind_edit = self.kind.lineEdit()
        assert kind_edit is not None  # the kind box is editable
        kind_edit.editingFinished.connect(lambda: self._commit("kind", self.kind_value()))
        # Everything that changes what the form shows, or whether it may be edited.
        editor.selection.changed.connect(self.reload)
        editor.document_changed.connect(self.reload)
        editor.version_changed.connect(self.reload)
        editor.session_changed.connect(self.reload)
        editor.layer_state.changed.connect(self.reload)
        editor.read_only_changed.connect(self.reload)
        self.reload()

    # -- reading -------------------------------------------------------------------------------
    def features(self) -> list[Feature]:
        """The selected features of the current version."""
        doc = self._editor.document
        return [f for fid in self._editor.selection if (f := doc.feature(fid)) is not None]

    def kind_value(self) -> str:
        """The kind to store for the combo's text: a known kind chosen or typed by its
        display name stores its value ("تهدئة" stores "de-escalation"); other text as typed."""
        text = self.kind.currentText().strip()
        index = self.kind.findText(text)
        data = self.kind.itemData(index) if index >= 0 else None
        return str(data) if data else text

    def _common(self, feats: list[Feature], key: str) -> Any:
        values = {str(f.attributes.get(key) or "") for f in feats}
        return values.pop() if len(values) == 1 else _MIXED

    def reload(self, *_args: object) -> None:
        """Refill the form from the selection (after selection or document changes)."""
        self._loading = True
        try:
            feats = self.features()
            doc = self._editor.document
            meta = doc.project.meta
            self.party.clear()
            self.party.addItem(self.tr("(none)"), "")
            for p in meta.parties:
                shown = party_name(p.name, meta)  # in the interface's script when it has one
                other = p.name_local if shown == p.name else p.name
                text = f"{isolate(shown)} — {isolate(other)}" if other else shown
                self.party.addItem(text, p.name)
            self.status.clear()
            self.status.addItem(self.tr("(unset)"), "")
            for s in STATUSES:
                self.status.addItem(status_name(s), s)
            kinds = ({str(f.attributes.get("kind") or "") for f in doc.version}
                     | set(KIND_NAMES)) - {""}
            self.kind.clear()
            for kind in sorted(kinds, key=lambda k: kind_name(k).casefold()):
                self.kind.addItem(kind_name(kind), kind)
            if not feats:
                self.summary.setText(self.tr("Nothing selected. Click a feature on the map."))
            elif len(feats) == 1:
                f = feats[0]
                self.summary.setText(substitute(self.tr("%1 in %2"),
                                                (self._layers[f.layer],
                                                 isolate(version_title(doc.current_version)))))
            else:
                self.summary.setText(self.tr("%n features selected", "", len(feats)))
            for key, edit in self._names.items():
                v = self._common(feats, key) if feats else ""
                edit.setText("" if v is _MIXED else v)
                edit.setPlaceholderText(self.tr("(several values)") if v is _MIXED else "")
            self._own_name_hint(feats)
            for key, combo in (("party", self.party), ("status", self.status)):
                v = self._common(feats, key) if feats else ""
                idx = combo.findData(v) if v is not _MIXED else -1
                if idx < 0 and v not in (_MIXED, ""):
                    combo.addItem(v, v)  # a value from an imported file: keep showing it
                    idx = combo.count() - 1
                combo.setCurrentIndex(idx)
            v = self._common(feats, "kind") if feats else ""
            self.kind.setCurrentText("" if v is _MIXED else kind_name(v))
            v = self._common(feats, "notes") if feats else ""
            self.notes.setPlainText("" if v is _MIXED else v)
            editable = bool(feats) and all(self._editor.is_editable(f) for f in feats)
            for w in (*self._names.values(), self.party, self.status, self.kind, self.notes):
                w.setEnabled(bool(feats))
            texts: list[QLineEdit | QPlainTextEdit] = [*self._names.values(), self.notes]
            for box in texts:
                box.setReadOnly(not editable)
                self._look_read_only(box, bool(feats) and not editable)
            for w in (self.party, self.status, self.kind):
                w.setEnabled(editable)
            if feats and not editable:
                self.summary.setText(self.summary.text() + "\n" + (
                    self._editor.read_only or self.tr(
                        "Locked: unlock the layer or the agreed baseline in Layers to edit.")))
        finally:
            self._loading = False

    def _own_name_hint(self, feats: list[Feature]) -> None:
        """An empty own-language name whose local name is already in the interface's script
        (the sample's Arabic names in an Arabic window) says so in grey: the map and lists
        show that local name, and an empty "Name (Arabic)" beside "إدلب" read as a name
        lost. Typing a name of its own still stores one."""
        if not self.own_key or not feats or self.name_own.text():
            return
        local = self._common(feats, "name_local")
        if local is _MIXED or not isinstance(local, str) or not local:
            return
        if script_of(local) == _SCRIPTS.get(current_language()):
            self.name_own.setPlaceholderText(
                self.tr("as the local name: %1").replace("%1", isolate(local)))

    def _name_purposes(self) -> dict[QWidget, str]:
        """What each name field is for and which name the map and the printed sheet show
        (``core.naming.label_name``), as tooltips: an Arabic window showed "Name (Arabic)"
        empty beside "Local name" إدلب and a user could not tell which to fill."""
        purposes: dict[QWidget, str] = {
            self.name: self.tr(
                "The shared name in Latin letters, the one every party's tools and exported "
                "files read. The map and the printed sheet show it beside the local name "
                "when they show both names and the feature has no name in this window's "
                "language."),
            self.name_local: self.tr(
                "The name in the local script, as it is written on the ground. The "
                "map and the printed sheet label the feature with it, alone or beside its "
                "other name."),
        }
        if self.own_key:
            purposes[self.name_own] = self.tr(
                "The name in this window's language. Fill it only when the local name is "
                "not written in this language: where it is, the map and the printed sheet "
                "show the local name (greyed here) and this field can stay empty. Otherwise "
                "they show this name beside the local name.")
        return purposes

    def _look_read_only(self, widget: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
        """A read-only field looks like text on the panel, not like a box to type in; its
        tooltip says so after what the field is for."""
        palette = QPalette(self.palette())
        if read_only:
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        widget.setPalette(palette)
        locked = self.tr("Locked: this feature cannot be changed now") if read_only else ""
        widget.setToolTip(_tip(self._purposes.get(widget, ""), locked))
        if isinstance(widget, QLineEdit):
            widget.setFrame(not read_only)
        else:
            widget.setFrameShape(QPlainTextEdit.Shape.NoFrame if read_only
                                 else QPlainTextEdit.Shape.StyledPanel)

    # -- editing -------------------------------------------------------------------------------
    def _commit(self, key: str, value: str) -> None:
        """Push one undoable step setting ``key`` on every selected feature that differs."""
        if self._loading:
            return
        feats = self.features()
        doc = self._editor.document
        if not feats or not all(self._editor.is_editable(f) for f in feats):
            return
        changing = [f for f in feats if str(f.attributes.get(key) or "") != value]
        if not changing:
            return
        try:
            sets = [set_attributes(doc.version, f, **{key: value}) for f in changing]
            if len(sets) == 1:
                cs = sets[0]
            else:
                label = substitute(self.tr("Edit %1 of %2 features"),
                                   (attribute_name(key), str(len(sets))))
                cs = ChangeSet(label, doc.current_version,
                               tuple(d for s in sets for d in s.deltas))
        except ZoneEditorError as exc:  # a refusal
            self._window.status(named_error(exc, doc))
            self.reload()
            return
        if not self._editor.push(cs):  # conflict or journal failure: editor.refused says why
            self.reload()


__all__ = ["AttributesPanel"]
