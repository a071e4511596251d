"""Managing versions from the Version menu: rename, duplicate, delete, promote; the title.

The entries act on the version shown (the one the title bar names):

- **Rename…** a proposal (the agreed baseline keeps its name);
- **Duplicate…** the version shown into a new proposal placed after it (same feature ids,
  so a diff between the two matches every feature), then shows the copy;
- **Delete…** a proposal, after a confirmation that names it and counts its features;
- **Make this proposal the agreed baseline…**, after a confirmation that says what happens to
  the old baseline (kept as a version "Agreed until DATE") and to the proposal's features
  (those marked proposed become agreed; disputed ones stay disputed).

Each is a change set of ``core.versions``: one step of the undo history (Ctrl+Z brings a
deleted proposal back in its place, or the old baseline back), journaled like every edit.
A refusal (a name already taken...) is said in the name dialog before it can be accepted,
and anything the document still refuses reaches the status bar through the editor.

``window_title`` is the window's title text: the project and the version shown, by its
display name ("Agreed baseline" in the interface's language), so a delegate never wonders
which version is being edited.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core import versions
from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import AGREED
from zoneeditor.core.naming import MAX_VERSION_NAME, clean, has_rtl, isolate
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.read_only import read_only_tip
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.tool_messages import error_text
from zoneeditor.i18n.values import version_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("VersionMenu", text)


def window_title(project: str, version: str) -> str:
    """The window title: "syria.gpkg[*] — Proposal B — ZoneEditor" (``[*]`` is where Qt
    shows that there are unsaved changes). Parts written right to left are isolated, so a
    version named in Arabic does not reorder the rest of the title."""
    def part(text: str) -> str:
        return isolate(text) if has_rtl(text) else text

    return (substitute(QCoreApplication.translate("MainWindow", "%1[*] — %2 — ZoneEditor"),
                       (part(project), part(version_title(version)))))


def name_problem(existing: list[str], text: str, renaming: str | None = None) -> str:
    """Why ``text`` cannot name a version, in the interface language ('' when it can).

    The same rules as ``core.naming.check_version_name`` (which has the last word), said
    to the user while they type."""
    cleaned = clean("".join(ch for ch in text if ch.isprintable() or ch == " "))
    if not cleaned:
        return _tr("A version needs a name.")
    if len(cleaned) > MAX_VERSION_NAME:
        return _tr("A version name has at most %1 characters.").replace(
            "%1", str(MAX_VERSION_NAME))
    if cleaned.casefold() == AGREED:
        return _tr("“agreed” is the name of the baseline: choose another name.")
    for other in existing:
        if other != renaming and other.casefold() == cleaned.casefold():
            return _tr("There is a version called “%1” already.").replace(
                "%1", isolate(version_title(other)))
    return ""


class VersionNameDialog(QDialog):
    """Asks for a version name; says at once why a name cannot be used (OK disabled)."""

    def __init__(self, title: str, prompt: str, text: str, existing: list[str],
                 renaming: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionNameDialog")
        self.setWindowTitle(title)
        self._existing = existing
        self._renaming = renaming
        self.edit = QLineEdit(text, self)
        self.edit.setObjectName("versionName")
        self.edit.setMaxLength(MAX_VERSION_NAME + 20)  # room to paste; the check says why
        self.edit.selectAll()
        self.problem = QLabel(self)
        self.problem.setObjectName("versionNameProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        label = QLabel(prompt, self)
        label.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(380)

    def _check(self, *_args: object) -> None:
        problem = name_problem(self._existing, self.edit.text(), self._renaming)
        unchanged = self._renaming is not None and self.name() == self._renaming
        self.problem.setText(problem)  # (an unchanged name needs no word: OK is just off)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not problem and not unchanged)

    def name(self) -> str:
        """The name typed, cleaned as it will be stored."""
        return clean(self.edit.text())


class VersionMenu(QObject):
    """The Version menu's management entries and what they do."""

    def __init__(self, editor: Editor, window: WindowServices, canvas: MapCanvas) -> None:
        super().__init__(window.main_widget)
        self.setObjectName("versionMenu")
        self._editor = editor
        self._window = window
        self._canvas = canvas
        parent = window.main_widget
        self.act_rename = QAction(self.tr("&Rename…"), parent)
        self.act_rename.setObjectName("action_rename_version")
        self.act_rename.triggered.connect(self.on_rename)
        self.act_duplicate = QAction(self.tr("D&uplicate…"), parent)
        self.act_duplicate.setObjectName("action_duplicate_version")
        self.act_duplicate.triggered.connect(self.on_duplicate)
        self.act_delete = QAction(self.tr("&Delete…"), parent)
        self.act_delete.setObjectName("action_delete_version")
        self.act_delete.triggered.connect(self.on_delete)
        self.act_promote = QAction(self.tr("Make this proposal the agreed &baseline…"), parent)
        self.act_promote.setObjectName("action_promote_version")
        self.act_promote.triggered.connect(self.on_promote)
        self.actions = [self.act_rename, self.act_duplicate, self.act_delete,
                        self.act_promote]
        self._place(window.menu("Version"))
        editor.version_changed.connect(self.update_actions)
        editor.document_changed.connect(self.update_actions)
        editor.session_changed.connect(self.update_actions)
        editor.read_only_changed.connect(self.update_actions)
        self.update_actions()

    def _place(self, menu: QMenu) -> None:
        """After "New proposal…", before the list of versions (which the window's actions
        keep at the end of the menu, after the first separator)."""
        separator = next((a for a in menu.actions() if a.isSeparator()), None)
        if separator is None:
            menu.addActions(self.actions)
            menu.addSeparator()
            return
        menu.insertActions(separator, self.actions)

    # -- state -----------------------------------------------------------------------------------
    @property
    def shown(self) -> str:
        """The version the entries act on: the one shown."""
        return self._editor.document.current_version

    def update_actions(self, *_args: object) -> None:
        """Name the version in the entries' tips; the baseline cannot be renamed, deleted or
        promoted; nothing can while the project is read-only (the tips say why)."""
        proposal = self.shown != AGREED
        for act in self.actions:
            act.setEnabled(proposal or act is self.act_duplicate)
        title = isolate(version_title(self.shown))
        self.act_rename.setStatusTip(self.tr("Rename %1").replace("%1", title))
        self.act_duplicate.setStatusTip(self.tr("Copy %1 into a new proposal").replace(
            "%1", title))
        self.act_delete.setStatusTip(self.tr("Delete %1 with its features (undoable)")
                                     .replace("%1", title))
        self.act_promote.setStatusTip(
            self.tr("Make %1 the agreed baseline; the old baseline is kept as a version")
            .replace("%1", title) if proposal else
            self.tr("Show a proposal to make it the agreed baseline"))
        reason = self._editor.read_only
        for act in self.actions:
            # Duplicate… is the way out of a version this user may not change
            off = reason if act is not self.act_duplicate or not self._editor.may_propose else ""
            act.setToolTip(read_only_tip(act.statusTip(), off) if off else act.statusTip())
            if off:
                act.setEnabled(False)
                act.setStatusTip(off)

    def _push(self, changeset: ChangeSet) -> bool:
        return self._editor.push(changeset)

    def _ask(self, dialog: QDialog) -> int:
        """Run ``dialog``; then the window is active and the map has the keys again (not
        every platform gives them back when a modal dialog closes)."""
        result = dialog.exec()
        self._window.main_widget.activateWindow()
        self._canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        return result

    def _refused(self, exc: EditRefused) -> None:
        self._window.status(error_text(exc))

    # -- the entries -----------------------------------------------------------------------------
    def on_rename(self) -> None:
        """Rename the proposal shown (asks for the new name)."""
        name = self.shown
        if name == AGREED:
            return
        project = self._editor.document.project
        dialog = VersionNameDialog(self.tr("Rename version"),
                                   self.tr("New name of %1:").replace("%1", isolate(name)),
                                   name, list(project.versions), renaming=name,
                                   parent=self._window.main_widget)
        if self._ask(dialog) != QDialog.DialogCode.Accepted:
            return
        new = dialog.name()
        label = substitute(self.tr("Rename %1 to %2"), (name, new))
        try:
            self._push(versions.rename(project, name, new, label=label))
        except EditRefused as exc:
            self._refused(exc)

    def on_duplicate(self) -> None:
        """Copy the version shown into a new proposal after it, and show the copy."""
        name = self.shown
        project = self._editor.document.project
        suggestion = self._free_name(self.tr("%1 (copy)").replace("%1", version_title(name)))
        dialog = VersionNameDialog(self.tr("Duplicate version"),
                                   self.tr("Name of the copy of %1:").replace(
                                       "%1", isolate(version_title(name))),
                                   suggestion, list(project.versions),
                                   parent=self._window.main_widget)
        if self._ask(dialog) != QDialog.DialogCode.Accepted:
            return
        new = dialog.name()
        try:
            changeset = versions.duplicate(project, name, new)
        except EditRefused as exc:
            self._refused(exc)
            return
        label = substitute(self.tr("Duplicate %1 as %2"), (version_title(name), new))
        if self._push(replace(changeset, label=label)):
            self._editor.switch_version(new)

    def _free_name(self, base: str) -> str:
        return versions.free_name(self._editor.document.project.versions, base, "{base} {n}")

    def on_delete(self) -> None:
        """Delete the proposal shown, after a confirmation (undoable)."""
        name = self.shown
        if name == AGREED:
            return
        count = len(self._editor.document.project.version(name))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete version"),
                          self.tr("Delete the proposal %1 and its %n feature(s)?", "", count)
                          .replace("%1", isolate(name)),
                          QMessageBox.StandardButton.Cancel, self._window.main_widget)
        box.setInformativeText(self.tr("Edit ▸ Undo brings it back, as long as the project "
                                       "is open."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._ask(box)
        if box.clickedButton() is not delete:
            return
        try:
            changeset = versions.delete(self._editor.document.project, name)
        except EditRefused as exc:
            self._refused(exc)
            return
        self._push(replace(changeset, label=self.tr("Delete proposal %1").replace("%1", name)))

    def on_promote(self, today: str | None = None) -> None:
        """Make the proposal shown the agreed baseline, after a confirmation that says what
        becomes of the old baseline and of the proposal's features (one undoable step)."""
        name = self.shown
        if name == AGREED:
            return
        project = self._editor.document.project
        date = today or _dt.date.today().isoformat()
        archive = versions.archive_name(project, date)
        proposal = project.version(name)
        proposed = sum(1 for f in proposal if f.status == "proposed")
        disputed = sum(1 for f in proposal if f.status == "disputed")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Make the agreed baseline"),
                          self.tr("Make %1 the agreed baseline?").replace("%1", isolate(name)),
                          QMessageBox.StandardButton.Cancel, self._window.main_widget)
        details = [
            self.tr("The current agreed baseline is kept, unchanged, as the version %1.")
            .replace("%1", isolate(version_title(archive))),
            self.tr("%1 becomes the agreed baseline, first in the list and locked like the "
                    "baseline.").replace("%1", isolate(name)),
        ]
        if proposed:
            details.append(self.tr("%n feature(s) marked proposed will be marked agreed.",
                                   "", proposed))
        if disputed:
            details.append(self.tr("%n disputed feature(s) stay disputed.", "", disputed))
        details.append(self.tr("Edit ▸ Undo restores both versions as they were."))
        box.setInformativeText("\n\n".join(details))
        promote = box.addButton(self.tr("Make agreed baseline"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._ask(box)
        if box.clickedButton() is not promote:
            return
        try:
            changeset = versions.promote(project, name, today=date)
        except EditRefused as exc:
            self._refused(exc)
            return
        label = self.tr("Make %1 the agreed baseline").replace("%1", name)
        if self._push(replace(changeset, label=label)):
            self._window.status(substitute(
                self.tr("%1 is the agreed baseline now; the old baseline is %2."),
                (isolate(name), isolate(version_title(archive)))))


def install(editor: Editor, window: WindowServices, canvas: MapCanvas) -> VersionMenu:
    """Add Rename…, Duplicate…, Delete… and Make this proposal the agreed baseline… to the
    Version menu (``canvas``: the map gets the keys back after each question)."""
    return VersionMenu(editor, window, canvas)


__all__ = ["VersionMenu", "VersionNameDialog", "install", "name_problem", "window_title"]
