"""The file and folder names offered for what is written: a printed sheet, an export, the
shapefile sets inside an export folder. One rule for all of them (``file_slug``).

A name says which project and which version it holds, in the version's own script: an
outside tester's "Предложение Д" was printed as ``syria-deescalation-version-….pdf`` and
exported as ``…-v1.geojson`` with ``export_zones.shp`` inside, since the old rule kept ASCII
letters only, and the wrong file was easily sent. Letters, digits and combining marks of any
script are kept (lower case, as before); what file systems refuse or mangle — ``/ \\ : * ?
" < > |``, control and bidi control characters, leading and trailing dots and spaces — and
other punctuation and spaces become ``_``; Windows' reserved device names (CON, NUL, COM1…)
get a ``_``; a part is cut between words to ``limit`` characters, so that a sheet's whole
name stays well under the 255 bytes a file name may have (two bytes a Cyrillic or Arabic
letter in UTF-8).

>>> file_slug("Предложение Д")
'предложение_д'
>>> export_stem("syria-deescalation", ["اقتراح ب"], 3)
'syria-deescalation-اقتراح_ب'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from zoneeditor.core.naming import strip_bidi

#: Device names Windows refuses as a file name, with or without an extension.
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                       *(f"lpt{i}" for i in range(1, 10))})
#: A run of separators: ``_`` stands for every character that is not kept.
_RUN = re.compile(r"[_-]+")


def _kept(ch: str) -> str:
    """``ch`` when it is a letter, combining mark or digit of any script, or a hyphen; else
    ``_`` (spaces, punctuation, symbols, and every character a file system refuses)."""
    return ch if ch == "-" or unicodedata.category(ch)[0] in "LMN" else "_"


def _separator(run: re.Match[str]) -> str:
    """Hyphens alone stay one hyphen ("de-escalation"); any other run becomes ``_``."""
    return "-" if "_" not in run.group() else "_"


def file_slug(name: str, limit: int = 40, joiner: str = "_") -> str:
    """``name`` as a safe, readable part of a file name ("Proposal B" -> "proposal_b",
    "Предложение Д" -> "предложение_д"); '' when it has no letter or digit. At most ``limit``
    characters, cut between words when a word ends in the second half ("…_illustrative",
    not "…_illustrative_s"), never between a letter and its vowel signs; ``joiner`` takes
    the place of ``_`` (``-`` for a project's part).

    >>> file_slug("Syria de-escalation zones — ILLUSTRATIVE sample", 40)
    'syria_de-escalation_zones_illustrative'
    >>> file_slug('a/b\\\\c:d*e?"f"<g>|h. ')
    'a_b_c_d_e_f_g_h'
    >>> file_slug("CON"), file_slug(" ... "), file_slug("Зона 4", joiner="-")
    ('con_', '', 'зона-4')
    """
    text = unicodedata.normalize("NFC", strip_bidi(name)).lower()
    slug = _RUN.sub(_separator, "".join(_kept(ch) for ch in text)).strip("_-")
    if len(slug) > limit:
        cut = max(slug.rfind("_", 0, limit + 1), slug.rfind("-", 0, limit + 1))
        end = cut if cut >= limit // 2 else limit
        while end > 1 and unicodedata.combining(slug[end]):
            end -= 1  # "مُ" is one letter to its reader: cut before it
        slug = slug[:end].strip("_-")
    if slug in _RESERVED:
        slug += "_"
    return slug.replace("_", joiner)


#: What a file system refuses or a zip extracted on Windows mangles in a name typed by a user.
_REFUSED = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def typed_stem(stem: str) -> str:
    """A name the user typed (``propB`` of ``--out cp/propB.shp``) as the start of the files
    written after it: their spelling, letter case and spaces kept ("propB", not the
    ``file_slug`` "propb", which is for names made from titles); only what a file system
    refuses (``/ \\ : * ? " < > |``, control characters) becomes ``_``, and leading or
    trailing dots and spaces are dropped. '' when nothing is left.

    >>> typed_stem("propB"), typed_stem("переговоры-Предложение Д"), typed_stem("a:b ")
    ('propB', 'переговоры-Предложение Д', 'a_b')
    """
    return _REFUSED.sub("_", strip_bidi(stem)).strip(". ")


def unique_slugs(names: list[str], slug: Callable[[str], str]) -> dict[str, str]:
    """``slug(name)`` for each of ``names``, made unique (``_2``, ``_3``…; ``v<n>`` for a
    name ``slug`` leaves empty): names of tables or files that live side by side."""
    out: dict[str, str] = {}
    for i, name in enumerate(names):
        base = slug(name) or f"v{i + 1}"
        made, n = base, 2
        while made in out.values():
            made, n = f"{base}_{n}", n + 1
        out[name] = made
    return out


def export_stem(project: str, versions: list[str], total: int) -> str:
    """The default file or folder name (no suffix) for exporting ``versions`` of a project
    that has ``total`` versions; ``project`` is the project file's stem (or its title).

    One version names it ("syria-deescalation-proposal_b"); all of them say so
    ("...-all-versions"); two or three are listed ("...-agreed+proposal_b"); more are
    counted ("...-4-versions"), so a folder never claims to hold one version's files when
    it holds several.

    >>> export_stem("syria-deescalation", ["agreed", "Proposal B"], 3)
    'syria-deescalation-agreed+proposal_b'
    >>> export_stem("syria-deescalation", ["agreed", "Proposal B"], 2)
    'syria-deescalation-all-versions'
    """
    base = file_slug(project, 40, joiner="-") or "export"
    slugs = [file_slug(v, 24) or f"v{i + 1}" for i, v in enumerate(versions)]
    if len(versions) == 1:
        return f"{base}-{slugs[0]}"
    if not versions:
        return base
    if len(versions) == total:
        return f"{base}-all-versions"
    if len(versions) <= 3:
        return f"{base}-{'+'.join(slugs)}"
    return f"{base}-{len(versions)}-versions"
