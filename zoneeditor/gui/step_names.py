"""A step's label as the window shows it: features named in the interface language.

A step's label is core's English sentence, kept as it was made ("Edit notes of Idlib",
``ChangeSet.label``, written to the journal as data): it names a feature by its
``Feature.label``, the romanised name. An Arabic window showed «تعديل الملاحظات (Idlib)»,
the English name in an Arabic sentence, although the feature has an Arabic name (an outside
tester). The label is never rewritten; when it is shown, each argument that is the label of
a feature the step touches (or of one in the step's version now) is replaced by what the
window calls that feature in its language (``i18n.values.feature_name``: إدلب), and the
sentence is translated as any Message is (``gui.tool_messages.translated``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, Project
from zoneeditor.core.undo_slim import HistoryStep
from zoneeditor.gui.tool_messages import translated
from zoneeditor.i18n import current_language
from zoneeditor.i18n.values import feature_name


def _names(features: Iterable[Feature], language: str) -> dict[str, str]:
    """English label -> the window's name in ``language``, where they differ."""
    names: dict[str, str] = {}
    for f in features:
        shown = feature_name(f, language)
        if shown != f.label:
            names[f.label] = shown
    return names


class StepNames:
    """Names the features of steps: those of each step's version now (worked out once per
    version, a History panel lists many steps of one version), then those the step's own
    deltas hold (a deleted feature, a name as it was), which win on a clash."""

    def __init__(self, project: Project, language: str | None = None) -> None:
        self._project = project
        self._language = current_language() if language is None else language
        self._versions: dict[str, dict[str, str]] = {}

    def of(self, step: HistoryStep) -> dict[str, str]:
        """English label -> the interface's name, for the features ``step`` may name."""
        if self._language in ("", "en"):
            return {}
        if step.version not in self._versions:
            version = self._project.versions.get(step.version)
            self._versions[step.version] = _names(
                version.features.values() if version is not None else (), self._language)
        names = dict(self._versions[step.version])
        if isinstance(step, ChangeSet):  # a slim step keeps no features whole
            names.update(_names((f for d in step.deltas for f in (d.old, d.new)
                                 if f is not None), self._language))
        return names

    def text(self, step: HistoryStep) -> str:
        """What the window shows for ``step`` (the History panel's row, Undo's menu
        entry): its label translated, features named in the interface language."""
        return translated(renamed(step.label, self.of(step)))


def renamed(label: str, names: Mapping[str, str]) -> str:
    """``label`` with each argument that is a feature's label replaced by ``names``' name
    for it (inside nested Messages too); text that is no Message is left as it is."""
    if not isinstance(label, Message) or not names:
        return label
    args = [renamed(a, names) if isinstance(a, Message) else names.get(a, a)
            for a in label.args]
    return Message.restored(label.template, *args)  # its template was listed where made


def step_text(step: HistoryStep, project: Project) -> str:
    """``StepNames(project).text(step)``: one step's label as the window shows it."""
    return StepNames(project).text(step)


__all__ = ["StepNames", "renamed", "step_text"]
