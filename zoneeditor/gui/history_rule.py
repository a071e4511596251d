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

A step that changes a layer locked in the Layers panel (``LayerState.locked_in``: the
baseline's own locks, or the proposals') stops Undo and Redo the same way, the sentence
naming the layer: undoing a move on Zones after the user locked Zones changed the locked
layer, which no tool may. Unlocking the layer lets the history through again. Only feature
edits count (``ChangeSet.layers_edited``): making or dropping a version whole is not an edit
of its layers, as Version > New proposal… is allowed whatever is locked.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.messages import joined, substitute
from zoneeditor.core.model import AGREED, LayerKind
from zoneeditor.core.naming import isolate
from zoneeditor.core.undo import UndoStack
from zoneeditor.core.undo_slim import HistoryStep
from zoneeditor.gui.tool_messages import translated
from zoneeditor.i18n.values import layer_name, version_title
from zoneeditor.io.team.refusals import is_discard

# Why a version may not be changed here ("" when it may): ``Editor.version_read_only``.
ReadOnly = Callable[[str], str]
# The locked layers (LayerKind values) of a version: ``LayerState.locked_in``.
LockedIn = Callable[[str], Set[str]]


# What the window calls a step (``gui.step_names.StepNames.text``).
StepText = Callable[[HistoryStep], str]


def _no_locks(version: str) -> Set[str]:
    return frozenset()


def _label(step: HistoryStep) -> str:
    return translated(step.label)


@dataclass(frozen=True)
class Rule:
    """What the window lets the history change: ``read_only`` per version, and the layer
    locks (``locked_in``; by default none); ``text`` says a step in the refusal
    (``StepNames.text``: its features named as the History panel names them)."""

    read_only: ReadOnly
    locked_in: LockedIn = _no_locks
    text: StepText = _label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Editor", text)


def lock_reason(step: HistoryStep, locked_in: LockedIn) -> str:
    """Why ``step`` may not be undone or redone while the Layers panel's locks stay as they
    are, naming the locked layers it changes ("" when it changes none)."""
    locks = {name: locked for name in step.versions_edited if (locked := locked_in(name))}
    if not locks:  # most steps: the History panel asks this of every step at each change
        return ""
    edited: dict[str, set[LayerKind]] = {}
    for version, layer in step.layers_edited:
        edited.setdefault(version, set()).add(layer)
    for version in sorted(edited.keys() & locks.keys()):
        locked = locks[version]
        hit = [k for k in LayerKind if k in edited[version] and k.value in locked]
        if not hit:
            continue
        if version == AGREED and len(locked) == len(LayerKind):  # "Agreed baseline locked"
            return _tr("The agreed baseline is locked: unlock it in the Layers panel to undo "
                       "or redo this step.")
        names = translated(joined([layer_name(k) for k in hit], comma=True))  # "Zones, Lines"
        if version == AGREED:
            return substitute(
                _tr("The layer %1 of the agreed baseline is locked: unlock it in the Layers "
                    "panel to undo or redo this step.") if len(hit) == 1 else
                _tr("The layers %1 of the agreed baseline are locked: unlock them in the Layers "
                    "panel to undo or redo this step."), (names,))
        where = isolate(version_title(version))
        return substitute(
            _tr("The layer %1 of %2 is locked: unlock it in the Layers panel to undo or redo "
                "this step.") if len(hit) == 1 else
            _tr("The layers %1 of %2 are locked: unlock them in the Layers panel to undo or "
                "redo this step."), (names, where))
    return ""


def step_refusal(step: HistoryStep, rule: Rule) -> str:
    """Why ``step`` may not be undone or redone here, the sentence to show ("" when it
    may): a version it changes is read-only, or a layer it changes is locked."""
    reason = "" if is_discard(step.label) else next(
        (r for name in sorted(step.versions_edited) if (r := rule.read_only(name))), "")
    reason = reason or lock_reason(step, rule.locked_in)
    if not reason:
        return ""
    # one pass: a step's label may hold "%2" (a zone named so)
    return substitute(_tr("Undo and Redo stop at “%1”. %2"), (rule.text(step), reason))


def refusal(history: UndoStack, index: int, rule: Rule) -> str:
    """Why ``history`` may not go to ``index`` steps applied ("" when it may): the nearest
    step on the way that may not be undone or redone."""
    return next((r for step in history.steps_between(index)
                 if (r := step_refusal(step, rule))), "")


def refusals(history: UndoStack, rule: Rule) -> list[str]:
    """``refusal`` of every index of ``history``, 0 to its count, found in one walk away
    from the current index each way."""
    steps, index = history.steps, history.index
    out = [""] * (history.count + 1)
    for way in (range(index - 1, -1, -1), range(index + 1, history.count + 1)):
        reason = ""
        for i in way:  # going to i undoes step i, or redoes step i - 1
            reason = reason or step_refusal(steps[i if i < index else i - 1], rule)
            out[i] = reason
    return out
