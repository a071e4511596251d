"""Display names of data values, per interface language; the stored values never change.

A feature's ``status`` is stored as "agreed", its ``kind`` as "de-escalation", the baseline
version is called "agreed": those words are data (in the file, in exports, in the diff's
JSON, matched by code), so they stay English in storage. What a delegate *reads* is their
display name in the interface language, and this module is the one place that turns a
stored value into it, for the window and for print alike:

- ``version_title("agreed")`` -> "Agreed baseline" (Arabic: "خط الأساس المتفق عليه" ...);
  "Agreed until 2025-03-14", the name promotion gives the old baseline, is translated too;
  a proposal's own name is shown as the delegates typed it.
- ``status_name`` and ``kind_name`` for the known values; a value from an imported file
  that is not one of ours is shown as it is stored.
- ``party_name`` shows a party's local name (``Party.name_local``) when the interface is in
  the language of its script (the Arabic name in an Arabic interface), else its name.

The source strings are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them
(contexts "DataValues", "FeatureStatus", "FeatureKind"); QtCore only, usable by print.

>>> version_title("agreed"), status_name("disputed"), kind_name("something imported")
('Agreed baseline', 'disputed', 'something imported')
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from zoneeditor.core.model import AGREED, Feature, LayerKind, ProjectMeta, attribute_words
from zoneeditor.core.naming import clean, name_parts, own_name
from zoneeditor.core.versions import ARCHIVE_NAME
from zoneeditor.i18n import current_language

_BASELINE = QT_TRANSLATE_NOOP("DataValues", "Agreed baseline")
#: %1 is a date (2025-03-14): the old baseline after a proposal replaced it.
_ARCHIVED = QT_TRANSLATE_NOOP("DataValues", "Agreed until %1")
_ARCHIVE_PATTERN = re.compile(
    "^" + re.escape(ARCHIVE_NAME).replace(re.escape("{date}"), r"(\d{4}-\d{2}-\d{2})")
    + r"(?: \((\d+)\))?$")

#: Display names of the statuses a feature may carry (core.model.STATUSES).
STATUS_NAMES = {
    "proposed": QT_TRANSLATE_NOOP("FeatureStatus", "proposed"),
    "agreed": QT_TRANSLATE_NOOP("FeatureStatus", "agreed"),
    "disputed": QT_TRANSLATE_NOOP("FeatureStatus", "disputed"),
}

#: Display names of the kinds the editor itself gives (tools, sample) and that negotiation
#: maps commonly use; other kinds are shown as stored.
KIND_NAMES = {
    "de-escalation": QT_TRANSLATE_NOOP("FeatureKind", "de-escalation"),
    "buffer": QT_TRANSLATE_NOOP("FeatureKind", "buffer"),
    "control": QT_TRANSLATE_NOOP("FeatureKind", "control"),
    "demilitarised": QT_TRANSLATE_NOOP("FeatureKind", "demilitarised"),
    "line of contact": QT_TRANSLATE_NOOP("FeatureKind", "line of contact"),
    "observation post": QT_TRANSLATE_NOOP("FeatureKind", "observation post"),
    "checkpoint": QT_TRANSLATE_NOOP("FeatureKind", "checkpoint"),
    "monitoring centre": QT_TRANSLATE_NOOP("FeatureKind", "monitoring centre"),
    "crossing": QT_TRANSLATE_NOOP("FeatureKind", "crossing"),
}

#: Display names of the three layers.
LAYER_NAMES = {
    LayerKind.ZONES: QT_TRANSLATE_NOOP("DataValues", "Zones"),
    LayerKind.LINES: QT_TRANSLATE_NOOP("DataValues", "Lines"),
    LayerKind.POINTS: QT_TRANSLATE_NOOP("DataValues", "Points"),
}

#: The mark of an open merge conflict on a feature (core.merge.resolve.MARKER), as the Changes
#: panel lists it among the changed attributes. The core attributes' own names are
#: ``core.model.ATTRIBUTE_NAMES`` (translated in the context of core's Messages, so a step's
#: label "Edit local name of Idlib" and the panels name a field alike).
_MERGE_CONFLICT = QT_TRANSLATE_NOOP("DataValues", "open merge conflict")
_MERGE_MARKER = "merge_conflict"
#: The context core's Messages are translated in (``gui.tool_messages``).
_MESSAGES = "ToolMessages"

_NO_PARTY = QT_TRANSLATE_NOOP("DataValues", "no party")

#: The script each interface language is written in (Unicode character name prefixes).
_SCRIPTS = {"en": "LATIN", "ar": "ARABIC", "ru": "CYRILLIC"}


def _tr(context: str, text: object) -> str:
    # ``text`` is a QT_TRANSLATE_NOOP constant: the source string itself, typed ``object``
    return QCoreApplication.translate(context, str(text))


def version_title(name: str) -> str:
    """What a version is called on screen and on paper: the baseline by its role."""
    if name == AGREED:
        return _tr("DataValues", _BASELINE)
    m = _ARCHIVE_PATTERN.match(name)
    if m:
        title = _tr("DataValues", _ARCHIVED).replace("%1", m.group(1))
        return f"{title} ({m.group(2)})" if m.group(2) else title
    return name


def status_name(value: str) -> str:
    """The display name of a feature status ("" stays "")."""
    key = value.strip().casefold()
    return _tr("FeatureStatus", STATUS_NAMES[key]) if key in STATUS_NAMES else value


def kind_name(value: str) -> str:
    """The display name of a feature kind; unknown kinds as stored."""
    key = value.strip().casefold()
    return _tr("FeatureKind", KIND_NAMES[key]) if key in KIND_NAMES else value


def layer_name(layer: LayerKind | str) -> str:
    """"Zones", "Lines", "Points" in the interface language."""
    return _tr("DataValues", LAYER_NAMES[LayerKind(layer)])


def script_of(text: str) -> str:
    """The script of the first letter of ``text``: "LATIN", "ARABIC", "CYRILLIC"... ('')."""
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "").split(" ")[0]
    return ""


def party_name(name: str, meta: ProjectMeta, language: str | None = None) -> str:
    """A party's name for an interface in ``language`` (default: the installed one).

    The project's local name of the party when it is written in that language's script
    (the Arabic name in an Arabic interface), else the name as stored. "" stays "".
    """
    if not name:
        return ""
    if language is None:
        language = current_language()
    party = meta.party(name)
    local = clean(party.name_local) if party is not None else ""
    if local and script_of(local) == _SCRIPTS.get(language, ""):
        return local
    return name


class NamedPlace(Protocol):
    """A basemap country (``core.basemap_model.Country``) or a town (``core.places.Town``)."""

    @property
    def name(self) -> str: ...
    @property
    def name_ar(self) -> str | None: ...
    @property
    def name_ru(self) -> str | None: ...


def place_name(place: NamedPlace, language: str | None = None) -> str:
    """A basemap country's or a town's name in the interface language, when the bundled data
    has it (``name_ar``, ``name_ru``), else its English name."""
    language = current_language() if language is None else language
    names = {"ar": place.name_ar, "ru": place.name_ru}
    return names.get(language) or place.name


def attribute_name(key: str) -> str:
    """What a sentence calls an attribute ("name_local" -> "local name", "name_ru" -> "name
    (Russian)"), in the interface language; an attribute that is not one of ours by its
    column name."""
    words = attribute_words(key)
    if words is not None:
        return QCoreApplication.translate(_MESSAGES, words.template)
    if key == _MERGE_MARKER:
        return _tr("DataValues", _MERGE_CONFLICT)
    return key


def attribute_title(key: str) -> str:
    """An attribute's name as a field label ("Local name"): ``attribute_name`` with its first
    letter capitalised (the same translation; scripts without case stay as they are)."""
    name = attribute_name(key)
    return name[:1].upper() + name[1:] if attribute_words(key) is not None else name


def feature_name(feature: Feature, language: str | None = None) -> str:
    """What a sentence in ``language`` (default: the installed one) calls a feature, as
    ``party_name`` calls a party: its name in that language (``core.naming.own_name``,
    ``name_ru``), else its local name when written in the language's script (إدلب in an
    Arabic window), else ``Feature.label``: its name, or for a feature without one its
    layer's word and short id in the language ("منطقة 1a2b3c4d", as the comparison's texts
    call it; it was "zone 1a2b3c4d" in every language). English keeps the label: a step's
    label "Edit notes of Idlib" reads as it always did."""
    if language is None:
        language = current_language()
    if language not in _SCRIPTS or language == "en":
        return feature.label
    own = own_name(feature, language)
    if own:
        return own
    local = name_parts(feature)[1]
    if local and script_of(local) == _SCRIPTS.get(language, ""):
        return local
    if not feature.name:
        return QCoreApplication.translate("DiffText", str(_UNNAMED[feature.layer])).replace(
            "%1", feature.id[:8])
    return feature.label


#: A feature without a name, by layer (context "DiffText": the comparison's texts say the
#: same; ``core.diff_report``).
_UNNAMED = {LayerKind.ZONES: QT_TRANSLATE_NOOP("DiffText", "zone %1"),
            LayerKind.LINES: QT_TRANSLATE_NOOP("DiffText", "line %1"),
            LayerKind.POINTS: QT_TRANSLATE_NOOP("DiffText", "point %1")}


def no_party() -> str:
    """What is shown for a feature without a party."""
    return _tr("DataValues", _NO_PARTY)


__all__ = ["KIND_NAMES", "LAYER_NAMES", "STATUS_NAMES", "attribute_name", "attribute_title",
           "feature_name", "kind_name", "layer_name", "no_party", "party_name", "place_name",
           "script_of", "status_name", "version_title"]
