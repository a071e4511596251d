"""The status bar's sentences with features and parties named as the window names them.

Core's sentences are English and name a feature by its ``Feature.label`` ("Selected %1",
"Idlib"; "the line does not cross %1"; "overlaps %1 of %2 by %3 km²" with a party's stored
name): they are data, kept as made. An Arabic window said «حُدد Idlib» after a click on
Idlib, although the feature has an Arabic name and the Attributes and History panels call it
إدلب. ``named(message, document)`` shows such a sentence as the History panel shows a step
(``gui.step_names``): each argument that is the label of a feature (of the version shown, or
one the caller passes: a feature a step has just deleted) is replaced by what the window
calls that feature (``i18n.values.feature_name``), each argument that is a party of the
project by its name in the interface language (``i18n.values.party_name``), and the sentence
is translated (``gui.tool_messages.translated``). An English window shows the sentence as
core made it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain

from zoneeditor.core.document import Document
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, ProjectMeta
from zoneeditor.gui.step_names import renamed
from zoneeditor.gui.tool_messages import error_text, translated
from zoneeditor.i18n import current_language
from zoneeditor.i18n.values import feature_name, party_name


def _arguments(message: str) -> Iterator[str]:
    """Every argument of ``message``, those of nested Messages too (none for plain text)."""
    if isinstance(message, Message):
        for arg in message.args:
            if isinstance(arg, Message):
                yield from _arguments(arg)
            else:
                yield arg


def names_in(message: str, features: Iterable[Feature], meta: ProjectMeta,
             language: str | None = None) -> dict[str, str]:
    """English label or stored party name -> the window's name, for the arguments of
    ``message`` that are the label of one of ``features`` (the first of a label wins) or a
    party of ``meta``; {} in an English window, where core's sentence is shown as made."""
    language = current_language() if language is None else language
    args = set(_arguments(message))
    if language in ("", "en") or not args:
        return {}
    names: dict[str, str] = {}
    for f in features:  # only compared until a label is an argument: cheap on a large map
        if f.label in args and f.label not in names:
            names[f.label] = feature_name(f, language)
    for party in meta.parties:
        if party.name in args and party.name not in names:
            names[party.name] = party_name(party.name, meta, language)
    return {label: shown for label, shown in names.items() if shown != label}


def named(message: str, document: Document, also: Iterable[Feature] = ()) -> str:
    """``message`` as the status bar shows it: translated, its features and parties named
    in the interface language. ``also`` are features that may be gone from the version shown
    (what a step removed), looked at first."""
    features = chain(also, document.version.features.values())
    return translated(renamed(message, names_in(message, features, document.project.meta)))


def named_error(exc: BaseException, document: Document) -> str:
    """``tool_messages.error_text(exc)`` with the features and parties its sentence names
    (a refused edit's reason) named as ``named`` names them."""
    return error_text(exc, lambda message: named(message, document))


__all__ = ["named", "named_error", "names_in"]
