"""How the readable diff report says things: its sentences' templates, how it shows data.

``core.diff_report.summary_text`` writes the report a negotiator reads in the terminal or
puts in the minutes. Core has no Qt, so it cannot translate; it writes every sentence from
an English template ("%1 passes from %2 to %3") given to a ``Translate`` it is handed, and
every data value (a party, a town, a version, an attribute, a figure) through hooks of
``ReportWords``. The default, ``ENGLISH``, returns each template as it is and each value as
stored, except an attribute of ours, named as the window names it ("name_ru" -> "name
(Russian)", ``core.model.attribute_phrase``; another tool's "REMARK" stays as it is). The
command line hands a Qt translator and the window's display names in another language
(``zoneeditor.i18n.report_words``); the templates are listed for the translation tools in
``zoneeditor/i18n/extra_strings.py`` (context "DiffText", ``TEMPLATES`` below).

>>> ENGLISH.say("%1 passes from %2 to %3", ENGLISH.area(12.5), "A", "B")
'12.5 km² passes from A to B'
>>> ENGLISH.say("%n smaller piece(s), %1 in all", "0.1 km²", count=1)
'1 smaller piece, 0.1 km² in all'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple, Protocol

from zoneeditor.core.figures import area_figure, distance_figure, distance_parts
from zoneeditor.core.messages import fill
from zoneeditor.core.model import Feature, attribute_phrase
from zoneeditor.core.naming import embedded, figure, ltr

#: The context the templates are translated in (``i18n.report_words``).
CONTEXT = "DiffText"


class Translate(Protocol):
    """A template in the report's language.

    ``template`` is English with ``%1``, ``%2``... for values. With ``count``, the template
    is a counted one ("%n smaller piece(s), %1 in all": ``%n`` the count, an English plural
    ending in brackets) and the answer is the plural form for that count with ``%n``
    replaced by it, grouped as every figure is ("1,234"); ``%1``... are left for the caller.
    """

    def __call__(self, template: str, count: int | None = None) -> str:
        """``template`` translated (see the class documentation)."""
        ...


def english(template: str, count: int | None = None) -> str:
    """The English template itself; a counted one with its count and plural ending
    ("%n smaller piece(s)" -> "1 smaller piece", "8 smaller pieces": ``messages.fill``)."""
    return template if count is None else fill(template, (str(count),))


_PLACEHOLDER = re.compile(r"%(\d+)")


def _fill_once(template: str, values: tuple[str, ...]) -> str:
    """``template`` with ``%1``, ``%2``... replaced in one pass (a value holding "%2" is not
    replaced again); placeholders without a value stay."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def _same(text: str) -> str:
    return text


class ReportWords(NamedTuple):
    """The report's language: ``tr`` translates its templates, the hooks show data values
    as the window does in that language (``party``: a party's name in the language's
    script; ``place``: a town the gazetteer names in English; ``version``: "agreed" as
    "Agreed baseline"; ``attribute``: "name_local" as "local name", also in English;
    ``feature``: a
    feature's name, None for its stored ``name``; ``message``: a sentence core made as a
    ``core.messages.Message``, such as a note, translated as the window translates it).
    ``isolated`` wraps names and figures in bidi isolates (``core.naming``), so a
    right-to-left sentence never reorders them; English, written to terminals and files
    as it always was, has none."""

    tr: Translate = english
    party: Callable[[str], str] = _same
    place: Callable[[str], str] = _same
    version: Callable[[str], str] = _same
    attribute: Callable[[str], str] = attribute_phrase
    feature: Callable[[Feature], str] | None = None
    message: Callable[[str], str] = _same
    isolated: bool = False

    def say(self, template: str, *values: str, count: int | None = None) -> str:
        """``template`` translated, its ``%1``... filled with ``values`` (as given: names
        and figures come isolated from ``name``, ``area``...)."""
        return _fill_once(self.tr(template, count), values)

    def name(self, text: str) -> str:
        """A name or code inside a sentence (isolated when ``isolated``)."""
        return embedded(text) if self.isolated else text

    def number(self, text: str) -> str:
        """A figure without a unit ("10,597.4" before an arrow), isolated left to right
        when ``isolated``."""
        return ltr(text) if self.isolated else text

    def _unit(self, number: str, unit: str) -> str:
        if not self.isolated:
            return f"{number} {unit}"
        return figure(number, self.tr(unit))

    def area(self, km2: float, sign: str = "") -> str:
        """ "275.2 km²" (``core.figures.area_figure``); ``sign`` "+" or "−" before it."""
        return self._unit(f"{sign}{area_figure(km2)}", "km²")

    def area_as_given(self, text: str) -> str:
        """An area already written as figures ("0.001"), with its unit."""
        return self._unit(text, "km²")

    def distance(self, km: float) -> str:
        """ "11.2 km", "0.35 km" (``core.figures.distance_figure``)."""
        return self._unit(distance_figure(km), "km")

    def width(self, km: float) -> str:
        """ "62 m", "1.2 km" (``core.figures.distance_parts``)."""
        digits, unit = distance_parts(km)
        return self._unit(digits, unit)

    def listing(self, parts: list[str]) -> str:
        """ "a, b, c" in the report's language (Arabic has its own comma)."""
        return self.joined(parts, "%1, %2")

    def joined(self, parts: list[str], template: str) -> str:
        """``parts`` joined pairwise by ``template`` ("%1, %2", "%1; %2")."""
        if not parts:
            return ""
        glue = self.tr(template)
        text = parts[0]
        for part in parts[1:]:
            text = _fill_once(glue, (text, part))
        return text

    def party_name(self, name: str | None) -> str:
        """A party as the report names it: "no party" for none."""
        return self.name(self.party(name)) if name else self.say("no party")

    def town(self, name: str) -> str:
        """A town the report names, in the report's language where the gazetteer has it."""
        return self.name(self.place(name))

    def version_name(self, name: str) -> str:
        """A version as the window calls it."""
        return self.name(self.version(name))

    def feature_name(self, feature: Feature, stored: str) -> str:
        """A feature's name as the window lists it (``stored``: the report's ``name``)."""
        shown = self.feature(feature) if self.feature is not None else stored
        return self.name(shown) if shown else ""


#: The English report (what ``zoneeditor diff`` prints without ``--lang``).
ENGLISH = ReportWords()

__all__ = ["CONTEXT", "ENGLISH", "ReportWords", "Translate", "english"]
