"""The readable diff report in the interface language: ``core.diff_words.ReportWords``
backed by Qt's translations and the window's display names.

``zoneeditor diff --lang ar`` (or ``ru``) writes ``core.diff_report.summary_text`` with
these words: its templates translated in the context "DiffText" (listed in
i18n/extra_strings.py), a party by its local name in the report's script
(``values.party_name``, as the Changes panel names it), the baseline "agreed" as
"Agreed baseline" (``values.version_title``), attributes by their display words
(``values.attribute_name``), features by both names as the map labels them
(``core.naming.label_name``), towns by ``place`` (the gazetteer's name in the language),
a note core made as a Message translated (``i18n.messages.translated``), and every name
and figure isolated (``core.naming``) so a right-to-left line keeps them whole.

The language must be installed first (``i18n.install``). QtCore only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.diff_words import CONTEXT, ReportWords, english
from zoneeditor.core.model import Feature, ProjectMeta
from zoneeditor.core.naming import label_name
from zoneeditor.i18n.messages import counted_template, translated
from zoneeditor.i18n.values import attribute_name, party_name, version_title


def translate(template: str, count: int | None = None) -> str:
    """A report template in the installed language (``core.diff_words.Translate``); the
    English template where no translation is loaded."""
    if count is None:
        return QCoreApplication.translate(CONTEXT, template)
    text = counted_template(CONTEXT, template, count)
    return english(template, count) if text is None else text


def report_words(language: str, meta: ProjectMeta,
                 place: Callable[[str], str] = str) -> ReportWords:
    """The words of a report in ``language`` (the installed one): ``meta`` holds the
    parties' local names, ``place`` gives a town the report names (in English) in the
    language."""
    def party(name: str) -> str:
        return party_name(name, meta, language)

    def feature(f: Feature) -> str:
        return label_name(f, "both", interface=language)

    return ReportWords(tr=translate, party=party, place=place, version=version_title,
                       attribute=attribute_name, feature=feature, message=translated,
                       isolated=True)


__all__ = ["report_words", "translate"]
