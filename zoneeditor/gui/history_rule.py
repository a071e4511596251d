"""Which steps of the undo history may be undone or redone in this window, and why not.

A step that changes a version the window shows read-only (``Editor.version_read_only``: an
observer's team project, or a version of another delegation or of the coordinators) is
neither undone nor redone, whichever version is shown: undoing "Received from the team
server" on the agreed baseline of a delegate changed it here, said "Undone", and the
server refused the change at the next sync. The history cannot go past such a step either
way, so every index beyond it is refused with the same sentence, which names the step.

A step that changes the project details alone (a reference layer, a georeferencing) belongs
to no version and is never refused here. Discard mine's steps are the exception
(``io.team.refusals.is_discard``): the window may make them on a read-only version, and
undoing one brings back the change the Conflicts panel lists as refused, as docs/team.md
says. The server still refuses whatever it refuses: this only keeps the window honest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.undo import UndoStack
from zoneeditor.core.undo_slim import HistoryStep
from zoneeditor.gui.tool_messages import translated
from zoneeditor.io.team.refusals import is_discard

# Why a version may not be changed here ("" when it may): ``Editor.version_read_only``.
ReadOnly = Callable[[str], str]
# What the window calls a step (``gui.step_names.StepNames.text``).
StepText = Callable[[HistoryStep], str]


def _label(step: HistoryStep) -> str:
    return translated(step.label)


def step_refusal(step: HistoryStep, read_only: ReadOnly, text: StepText = _label) -> str:
    """Why ``step`` may not be undone or redone here, the sentence to show ("" when it
    may); ``text`` says the step (``StepNames.text``: its features named as the History
    panel names them)."""
    if is_discard(step.label):
        return ""
    reason = next((r for name in sorted(step.versions_edited) if (r := read_only(name))), "")
    if not reason:
        return ""
    return QCoreApplication.translate("Editor", "Undo and Redo stop at “%1”. %2").replace(
        "%1", text(step)).replace("%2", reason)


def refusal(history: UndoStack, index: int, read_only: ReadOnly,
            text: StepText = _label) -> str:
    """Why ``history`` may not go to ``index`` steps applied ("" when it may): the nearest
    step on the way that may not be undone or redone."""
    return next((r for step in history.steps_between(index)
                 if (r := step_refusal(step, read_only, text))), "")


def refusals(history: UndoStack, read_only: ReadOnly, text: StepText = _label) -> list[str]:
    """``refusal`` of every index of ``history``, 0 to its count, found in one walk away
    from the current index each way."""
    steps, index = history.steps, history.index
    out = [""] * (history.count + 1)
    for way in (range(index - 1, -1, -1), range(index + 1, history.count + 1)):
        reason = ""
        for i in way:  # going to i undoes step i, or redoes step i - 1
            reason = reason or step_refusal(steps[i if i < index else i - 1], read_only,
                                           text)
            out[i] = reason
    return out
