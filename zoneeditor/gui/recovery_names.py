"""The last edit a crashed session left, as the recovery question names it: its features in
the window's language.

The journal keeps a step's label as core made it, a ``Message`` naming features by their
romanised labels ("Merge zones %1", listing "Idlib", "North of Homs", "Eastern Ghouta").
Translated alone, an Arabic recovery question read «Idlib، North of Homs وEastern Ghouta»:
the separators in Arabic, the names in English, although the project names them إدلب, شمال
حمص, الغوطة الشرقية. ``last_edit_text`` reads the project the journal belongs to and names
each feature (and party) of the label as the window does everywhere else
(``gui.named_messages.names_in``); where the project cannot be read (gone, damaged, never
saved), the label's own names are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, Project
from zoneeditor.gui.named_messages import names_in
from zoneeditor.gui.step_names import renamed
from zoneeditor.gui.tool_messages import translated
from zoneeditor.i18n import current_language
from zoneeditor.io import recovery
from zoneeditor.io.project_file import read_project


def _features(project: Project) -> Iterator[Feature]:
    """Every feature of every version: the step may be in any of them (the current version
    is not known before the journal is replayed)."""
    for version in project.versions.values():
        yield from version.features.values()


def _project(path: Path | None) -> Project | None:
    """The project at ``path``, None when there is none or it cannot be read: the names are
    a courtesy, never a reason for the recovery question to fail."""
    if path is None or not path.is_file():
        return None
    try:
        return read_project(path)
    except (ZoneEditorError, OSError):
        return None


def last_edit_text(candidate: recovery.Candidate, language: str | None = None) -> str:
    """The label of ``candidate``'s last edit translated, its features and parties named in
    ``language`` (default: the window's) from the journal's project; the label as it was
    recorded, translated, where that project cannot be read."""
    label = candidate.last_label
    language = current_language() if language is None else language
    if not isinstance(label, Message) or language in ("", "en"):
        return translated(label)
    project = _project(candidate.project_path)
    if project is None:
        return translated(label)
    names = names_in(label, _features(project), project.meta, language)
    return translated(renamed(label, names))


__all__ = ["last_edit_text"]
