"""Recognising the columns of other parties' boundary files: names, local names, codes, ids.

A delegation receives boundaries in the schemas of the organisations that publish them:

- OCHA COD: names ``ADM1_EN``, ``ADM1_AR`` (any ``ADMn_xx``), code ``ADMn_PCODE``;
- HDX COD (older): ``admin1Name_en``, ``admin1Name_ar``, code ``admin1Pcode``;
- geoBoundaries: ``shapeName``, codes ``shapeISO`` and ``shapeID``;
- GADM: ``NAME_1``, ``NL_NAME_1``, ``VARNAME_1``, codes ``GID_1``, ``HASC_1``, ``ISO_1``;
- Natural Earth: ``NAME``/``name_en``, ``NAME_AR``, ``name_ru``, codes ``iso_3166_2``,
  ``adm1_code``, ``code_hasc``;
- OpenStreetMap: ``name``, ``name:en``, ``name:ar``, codes ``ISO3166-2``, ``wikidata``.

Column names are compared without case, underscores, colons or hyphens (``ADM1_EN``,
``adm1en``, ``Adm1_En``; ``name:ar``, ``NAME_AR``). A layer of level *n* (``ADM2``) also
carries its parents' names (``ADM1_EN``): the feature's own level is the deepest. Which
column is the romanised ``name`` and which the local-script ``name_local`` is decided by the
values (their script, ``core.scripts``), by the schema (``NL_NAME_n`` and OSM's ``name`` are
local by definition) and, where a layer has names in many languages, by the country
(``core.languages``). Anything can be set by hand (``explicit``), and ``describe`` says in
one line what was used: "OCHA COD, level 1: names from ADM1_EN / ADM1_AR, codes from
ADM1_PCODE (OCHA P-code)".

>>> s = recognise(["ADM1_EN", "ADM1_AR", "ADM1_PCODE", "ADM0_EN", "ADM0_PCODE"],
...               {"ADM1_EN": ["Idlib"], "ADM1_AR": ["إدلب"], "ADM1_PCODE": ["SY07"]})
>>> s.column("name"), s.column("name_local"), s.codes[0].column, s.level
('ADM1_EN', 'ADM1_AR', 'ADM1_PCODE', 1)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.languages import LANGUAGE_CODES, local_languages
from zoneeditor.core.messages import Message
from zoneeditor.core.scripts import dominant_script

#: The attributes a column can be mapped to (``id`` is the stable feature id, ``zid``).
TARGETS = ("id", "name", "name_local", "party", "status", "kind", "notes", "code")

#: Code systems, stablest first, with the name a user reads.
CODE_SYSTEMS = {
    "pcode": "OCHA P-code", "iso3166-2": "ISO 3166-2", "gadm": "GADM GID", "hasc": "HASC",
    "wikidata": "Wikidata", "naturalearth": "Natural Earth adm1_code",
    "iso3166-1": "ISO 3166-1", "osm": "OpenStreetMap id", "geoboundaries": "geoBoundaries id",
}

# Our own attributes and the everyday synonyms other tools use for them, in the languages
# of the delegations' own tools too (compared squashed: ``Сторона`` is ``сторона``).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("zid", "zoneid", "featureid", "fidzone", "uid", "uuid", "guid"),
    "party": ("party", "side", "owner", "controlledby", "control", "controller", "faction",
              "сторона", "контроль", "принадлежность", "الطرف", "الجهة", "السيطرة"),
    "status": ("status", "stateoftalks", "agreement", "статус", "состояние", "الحالة",
               "الوضع"),
    "kind": ("kind", "type", "category", "class", "zonetype", "тип", "вид", "категория",
             "النوع", "الفئة", "الصنف"),
    "notes": ("notes", "note", "description", "descr", "desc", "comment", "comments",
              "remarks", "примечание", "примечания", "комментарий", "описание", "ملاحظات",
              "ملاحظة", "الوصف", "وصف", "تعليق"),
}
_GENERIC_NAMES = ("name", "label", "title", "nom", "nombre", "nazvanie", "nm", "название",
                  "наименование", "имя", "اسم", "الاسم", "إسم", "الإسم", "التسمية")
_ALTERNATE_NAMES = ("namealt", "altname", "varname", "intname", "officialname", "oldname",
                    "shortname", "locname", "namelong", "gnname", "woename", "nameascii")
_LANG_WORDS = {"english": "en", "eng": "en", "arabic": "ar", "arab": "ar", "ara": "ar",
               "russian": "ru", "rus": "ru", "french": "fr", "fre": "fr", "fra": "fr",
               "local": "local"}
# What a name column is often prefixed with: the kind of feature it names ("zone_name",
# "LINE_NM", "site_label_ar"). The rest of the column is then read as a name column.
_KIND_PREFIX = re.compile(r"^(?:zone|zn|line|area|region|feature|feat|place|site|post|object|"
                          r"obj|polygon|poly|boundary|sector|district|territory|point|pt)"
                          r"(?=name|nm|label|title)")
# Russian and Arabic put the word "name" first ("Название_зоны", "اسم_المنطقة").
_NAME_OF = re.compile(r"^(?:название|наименование|اسم|الاسم)[^\W\d]+$")
_NAME_WORD = r"(?:name|nm|label|title)"
_LANG_PART = r"([a-z]{2,3}|english|eng|arabic|arab|ara|russian|rus|french)"


class SchemaError(ZoneEditorError):
    """A mapping asked for cannot be applied (no such column, unknown target)."""


def squash(column: str) -> str:
    """A column name without case and separators: ``ADM1_EN`` / ``adm1en``, ``name:ar``.

    Letters of every script stay (``Название``, ``الاسم``): a column named in Russian or
    Arabic is recognised as one named in English is.
    """
    return re.sub(r"[\W_]", "", column.casefold())


class _Col(NamedTuple):
    """What one column is: a name (level, language, local?), a code, an alternate, ours."""

    column: str
    role: str  # name | alt | code | ours | other
    level: int | None = None
    lang: str | None = None
    local: bool = False
    system: str = ""
    target: str = ""
    family: str = ""


_PATTERNS: tuple[tuple[re.Pattern[str], Any], ...] = tuple((re.compile(p), f) for p, f in (
    (r"^adm(\d)pcode?$", lambda m: ("code", int(m[1]), None, "pcode", "OCHA COD")),
    (r"^adm(\d)ref(name)?$", lambda m: ("alt", int(m[1]), None, "", "OCHA COD")),
    (r"^adm(\d)alt\d([a-z]{2})$", lambda m: ("alt", int(m[1]), m[2], "", "OCHA COD")),
    (r"^adm(\d)name$", lambda m: ("name", int(m[1]), None, "", "OCHA COD")),
    (r"^adm(\d)([a-z]{2})$", lambda m: ("name", int(m[1]), m[2], "", "OCHA COD")),
    (r"^admin(\d)pcod(e)?$", lambda m: ("code", int(m[1]), None, "pcode", "HDX COD")),
    (r"^admin(\d)refn(ame)?$", lambda m: ("alt", int(m[1]), None, "", "HDX COD")),
    (r"^admin(\d)altn(ame)?\d?([a-z]{2})?$", lambda m: ("alt", int(m[1]), m[3], "", "HDX COD")),
    (r"^admin(\d)name([a-z]{2})?$", lambda m: ("name", int(m[1]), m[2], "", "HDX COD")),
    (r"^gid(\d)$", lambda m: ("code", int(m[1]), None, "gadm", "GADM")),
    (r"^nlname(\d)$", lambda m: ("local", int(m[1]), None, "", "GADM")),
    (r"^varname(\d)$", lambda m: ("alt", int(m[1]), None, "", "GADM")),
    (r"^name(\d)$", lambda m: ("name", int(m[1]), None, "", "GADM")),
    (r"^hasc(\d)$", lambda m: ("code", int(m[1]), None, "hasc", "GADM")),
    (r"^iso(\d)$", lambda m: ("code", int(m[1]), None, "iso3166-2", "GADM")),
))
_FIXED = {
    "shapename": ("name", None, None, "", "geoBoundaries"),
    "shapeiso": ("code", None, None, "iso3166-2", "geoBoundaries"),
    "shapeid": ("code", None, None, "geoboundaries", "geoBoundaries"),
    "iso31662": ("code", None, None, "iso3166-2", ""),
    "adm1code": ("code", None, None, "naturalearth", "Natural Earth"),
    "codehasc": ("code", None, None, "hasc", ""), "hasc": ("code", None, None, "hasc", ""),
    "wikidata": ("code", None, None, "wikidata", ""),
    "wikidataid": ("code", None, None, "wikidata", ""),
    "osmid": ("code", None, None, "osm", "OpenStreetMap"),
    "pcode": ("code", None, None, "pcode", ""),
    "namelocal": ("local", None, None, "", ""), "localname": ("local", None, None, "", ""),
    "nameloc": ("local", None, None, "", ""),
}
#: The code system each publisher assigns itself, named first when a layer has several.
_NATIVE_CODE = {"OCHA COD": "pcode", "HDX COD": "pcode", "GADM": "gadm",
                "geoBoundaries": "iso3166-2", "Natural Earth": "iso3166-2",
                "OpenStreetMap": "iso3166-2"}
_NE_MARKERS = {"featurecla", "adm1code", "neid", "scalerank", "adm0a3", "isoa2", "woeid"}
_OSM_MARKERS = {"osmid", "adminlevel", "boundary", "osmtype"}


def _classify(column: str) -> _Col:
    k = squash(column)
    for ours, aliases in _SYNONYMS.items():
        if k in aliases:
            return _Col(column, "ours", target=ours)
    if k in _FIXED:
        role, level, lang, system, family = _FIXED[k]
        local = role == "local"
        return _Col(column, "name" if local else role, level, lang, local, system,
                    family=family)
    for pattern, make in _PATTERNS:
        m = pattern.match(k)
        if m:
            role, level, lang, system, family = make(m)
            local = role == "local"
            return _Col(column, "name" if local else role, level, lang, local, system,
                        family=family)
    return _classify_name(column, _KIND_PREFIX.sub("", k))


def _classify_name(column: str, k: str) -> _Col:
    """A column not of a known schema: a generic name, an alternate, a name in a language."""
    if k in _GENERIC_NAMES or _NAME_OF.match(k):
        return _Col(column, "name")
    if k in _ALTERNATE_NAMES:
        return _Col(column, "alt")
    m = re.match(rf"^{_NAME_WORD}{_LANG_PART}$", k) \
        or re.match(r"^(english|eng|arabic|arab|russian|rus|french|ar|en|ru|fr)name$", k)
    if m:
        lang = _LANG_WORDS.get(m[1], m[1])
        if lang in LANGUAGE_CODES:
            return _Col(column, "name", lang=lang)
    if k in ("isoa2", "iso2", "isoa3", "adm0a3", "iso3", "isoalpha3", "shapegroup"):
        return _Col(column, "country")
    return _Col(column, "other")


class CodeColumn(NamedTuple):
    """A column holding a stable code, and the code system its values belong to."""

    column: str
    system: str

    @property
    def title(self) -> str:
        """The code system's name for a user ("OCHA P-code")."""
        return CODE_SYSTEMS.get(self.system, f"column {self.system.removeprefix('column:')}")


@dataclass(frozen=True)
class Schema:
    """Which column of a layer holds which of our attributes, and what else it carries."""

    family: str = ""
    level: int | None = None
    fields: Mapping[str, str] = field(default_factory=dict)
    codes: tuple[CodeColumn, ...] = ()
    alternates: tuple[str, ...] = ()
    explicit: frozenset[str] = frozenset()
    passed_over: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()

    def column(self, target: str) -> str | None:
        """The column mapped to ``target`` (name, name_local, id, party, ...), or None."""
        return self.fields.get(target)

    @property
    def key(self) -> str:
        """The schema's identity for remembering a user's choice: its sorted column set."""
        return "\x1f".join(sorted({c.casefold() for c in self.columns}))

    def describe(self) -> str:
        """One line: where names and codes come from ("names from ADM1_EN / ADM1_AR, ...")."""
        names = [c for c in (self.column("name"), self.column("name_local")) if c]
        head = ""
        if self.family:
            head = self.family + (f", level {self.level}" if self.level is not None else "")
            head += ": "
        if names:
            text = "names from " + " / ".join(names)
        else:
            text = "no name column recognised (choose one with --map name=COLUMN)"
        if self.passed_over:
            text += f" (also {', '.join(self.passed_over)})"
        if self.codes:
            c = self.codes[0]
            text += f", codes from {c.column} ({c.title})"
        if self.column("id"):
            text += f", ids from {self.column('id')}"
        chosen = sorted(self.explicit)
        if chosen:
            text += " — " + ", ".join(f"{t}={self._chosen(t) or '(none)'}" for t in chosen)
            text += " as you chose"
        return head + text


    def _chosen(self, target: str) -> str | None:
        # a chosen code column is the first of the codes, not one of the fields
        if target == "code":
            return self.codes[0].column if self.codes else None
        return self.fields.get(target)


def _script(samples: Mapping[str, Sequence[Any]], column: str) -> str:
    values = [v for v in samples.get(column, ()) if isinstance(v, str) and v.strip()]
    return dominant_script(values)


def _filled(samples: Mapping[str, Sequence[Any]] | None, column: str) -> bool:
    if samples is None or column not in samples:
        return True  # no samples: judge by the column name alone
    return any(v not in (None, "") for v in samples[column])


def _country(cols: list[_Col], samples: Mapping[str, Sequence[Any]]) -> str | None:
    """The country the layer is in, from its codes or country columns (for local names)."""
    for c in cols:
        values = [str(v).strip() for v in samples.get(c.column, ()) if v not in (None, "")]
        if not values:
            continue
        v = values[0].upper()
        if c.role == "country" and re.fullmatch(r"[A-Z]{2,3}", v):
            return v
        if c.system in ("iso3166-2", "hasc") and re.match(r"^[A-Z]{2}[-.]", v):
            return v[:2]
        if c.system == "pcode" and re.match(r"^[A-Z]{2}", v):
            return v[:2]
        if c.system == "gadm" and re.match(r"^[A-Z]{3}", v):
            return v[:3]
    return None


def recognise(columns: Sequence[str], samples: Mapping[str, Sequence[Any]] | None = None,
              explicit: Mapping[str, str] | None = None) -> Schema:
    """The schema of a layer with ``columns`` (``samples``: a few values per column).

    ``explicit`` maps targets (``TARGETS``) to columns chosen by the user; they win over
    anything recognised. SchemaError when a chosen column is not in ``columns``.
    """
    columns = list(dict.fromkeys(columns))
    explicit = dict(explicit or {})
    by_fold = {c.casefold(): c for c in columns}
    for target, col in list(explicit.items()):
        if target not in TARGETS:
            raise SchemaError(Message("cannot map to %1: choose one of %2", repr(target),
                                      ", ".join(TARGETS)))
        if col and col.casefold() not in by_fold:
            shown = ", ".join(columns[:12]) + (", …" if len(columns) > 12 else "")
            if shown:
                raise SchemaError(Message("there is no column %1 to use as %2 (columns: %3)",
                                          repr(col), target, shown))
            raise SchemaError(Message("there is no column %1 to use as %2 (columns: none)",
                                      repr(col), target))
        explicit[target] = by_fold[col.casefold()] if col else ""
    cols = [_classify(c) for c in columns]
    have = samples or {}
    levelled = [c for c in cols if c.level is not None and c.family]
    families = [c.family for c in cols if c.family]
    family = max(set(families), key=families.count) if families else ""
    level = max((c.level for c in levelled if c.family == family and c.level is not None),
                default=None) if levelled else None
    keys = {squash(c) for c in columns}
    if not family or family in ("Natural Earth", "OpenStreetMap"):
        if keys & _OSM_MARKERS or any(":" in c for c in columns):
            family = "OpenStreetMap"
        elif keys & _NE_MARKERS:
            family = "Natural Earth"
    at_level = [c for c in cols if c.level is None or c.level == level]

    fields: dict[str, str] = {}
    for c in cols:
        if c.role == "ours" and c.target not in fields:
            fields[c.target] = c.column
    name, local, passed = _choose_names(at_level, have, family, _country(cols, have))
    exact = {c.casefold(): c for c in columns}
    if "zid" in exact and "name" in exact:
        # Our own export (its ids are in zid, its names in name): its columns mean what they
        # say — a column "Название" beside "name" is an attribute, not the local name, and a
        # file whose local names are all empty (KML leaves them out) has no local-name
        # column. A zid alone is not enough: a GeoJSON reader gives every file's feature
        # ids as zid, and another tool's file names its features in "title" or "label".
        name, local, passed = exact.get("name"), exact.get("name_local"), []
    elif "name_local" in exact:
        # Our own schema from another tool: its columns mean what they say, even where a
        # layer's every name is empty and only local names are filled.
        local, passed = exact["name_local"], []
        name = exact.get("name") or (name if name != local else None)
    if name:
        fields["name"] = name
    if local:
        fields["name_local"] = local
    codes = [CodeColumn(c.column, c.system) for c in at_level
             if c.role == "code" and _filled(samples, c.column)]
    order = [_NATIVE_CODE.get(family, ""), *CODE_SYSTEMS]
    codes.sort(key=lambda c: order.index(c.system) if c.system in order else len(order))
    alternates = [c.column for c in at_level if c.role in ("alt", "name")
                  and c.column not in (name, local)]
    for target, col in explicit.items():
        if target == "code":
            codes = [c for c in codes if c.column != col]
            if col:
                system = _classify(col).system or f"column:{squash(col)}"
                codes.insert(0, CodeColumn(col, system))
            continue
        for other, taken in list(fields.items()):
            if taken == col and other != target:
                del fields[other]
        if col:
            fields[target] = col
        else:
            fields.pop(target, None)
    used = set(fields.values())
    return Schema(family, level, fields, tuple(codes),
                  tuple(a for a in alternates if a not in used),
                  frozenset(explicit), tuple(p for p in passed if p not in used),
                  tuple(columns))


def _choose_names(cols: list[_Col], samples: Mapping[str, Sequence[Any]], family: str,
                  country: str | None) -> tuple[str | None, str | None, list[str]]:
    """(name column, local-name column, other local-script candidates not chosen)."""
    cands = [c for c in cols if c.role == "name" and _filled(samples or None, c.column)]
    if not cands:
        return None, None, []
    script = {c.column: _script(samples, c.column) for c in cands}

    def latin(c: _Col) -> bool:
        s = script[c.column]
        return s == "Latin" or (s == "" and not c.local and c.lang in (None, "en", "fr", "es",
                                                                        "pt", "de", "it"))

    def rank_name(c: _Col) -> tuple[int, int]:
        if c.local:
            return (9, 0)
        if c.lang is None and family == "Natural Earth":
            return (0, 0)  # Natural Earth's NAME is the common name; NAME_EN a wiki title
        if c.lang == "en":
            return (0, 1)
        if c.lang is None:
            return (1, 0)
        return (2, cols.index(c))

    latin_cands = sorted((c for c in cands if latin(c)), key=rank_name)
    name = latin_cands[0] if latin_cands else None
    others = [c for c in cands if c is not name and not latin(c)]
    if family in ("OCHA COD", "HDX COD"):
        # OCHA publishes names in English and in the country's official languages only.
        others = [c for c in cands if c is not name and (c.local or c.lang not in (None, "en"))]
    preferred = local_languages(country)
    ocha = family in ("OCHA COD", "HDX COD")

    def rank_local(c: _Col) -> tuple[int, int]:
        if c.local or (family == "OpenStreetMap" and c.lang is None):
            return (0, cols.index(c))
        if ocha:
            return (1, cols.index(c))  # OCHA lists the main local language first
        if c.lang in preferred:
            return (1, preferred.index(c.lang))
        return (2, cols.index(c))

    others.sort(key=rank_local)
    if name is None:  # no romanised name at all: the local one is the name
        first = sorted(cands, key=rank_local)[0]
        return first.column, None, [c.column for c in others if c is not first]
    local = others[0] if others else None
    # Say which other columns could have been the local name only when the choice was a
    # guess (several local-script columns, none local by the schema, no known country).
    certain = local is None or rank_local(local)[0] < 2
    passed = [] if certain else [c.column for c in others[1:]]
    return name.column, local.column if local else None, passed


def normalise_code(system: str, value: Any) -> str:
    """A code as compared across sources: trimmed, upper case, GADM's version suffix off."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().upper()
    if system == "gadm":
        text = re.sub(r"_\d+$", "", text)
    if system == "wikidata":
        text = text.rsplit("/", 1)[-1]
    return text


def codes_of(schema: Schema, attributes: Mapping[str, Any]) -> dict[str, str]:
    """A feature's codes by system (normalised; empty codes left out)."""
    out: dict[str, str] = {}
    for c in schema.codes:
        if c.system in out:
            continue
        value = normalise_code(c.system, attributes.get(c.column))
        if value:
            out[c.system] = value
    return out


def other_names(schema: Schema, attributes: Mapping[str, Any]) -> list[str]:
    """The alternate names a feature carries (other languages, variants, reference names)."""
    from zoneeditor.core.names import split_alternates

    out: list[str] = []
    for col in schema.alternates:
        out += split_alternates(attributes.get(col))
    return out
