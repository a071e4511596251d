"""The import dialog's words for what the Qt-free model says in English (translatable).

``io.exchange.mapping`` and ``core.schema`` describe columns and schemas in plain English
for the command line; the dialog says the same in the user's language: the kinds of
values, the recognised roles, our attribute names, and the one line of what a file's
columns were taken as. Column names and sample values are isolated (Unicode FSI … PDI) so
that Latin column names and Arabic samples keep their order inside a right-to-left
sentence and vice versa.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.messages import substitute
from zoneeditor.core.naming import isolate
from zoneeditor.core.schema import Schema
from zoneeditor.i18n.lists import listed

#: The attributes the mapping step offers, in the order shown.
MAPPED_TARGETS = ("name", "name_local", "party", "status", "kind", "id", "code")



def _tr(text: str) -> str:
    """Translate in the dialog's context (the strings live where the dialog's do)."""
    return QCoreApplication.translate("ImportDialog", text)


def target_label(target: str) -> str:
    """Our attribute's name for a user ("Name", "Local name", ...)."""
    return {
        "name": _tr("&Name:"), "name_local": _tr("&Local-script name:"), "party": _tr("&Party:"),
        "status": _tr("&Status:"), "kind": _tr("&Kind:"), "id": _tr("&Id (stable):"),
        "code": _tr("&Code:"),
    }.get(target, target)


def kind_text(kind: str) -> str:
    """A column's kind of values (``ColumnInfo.kind``) in words."""
    return {
        "text": _tr("text"), "integer": _tr("whole number"), "number": _tr("number"),
        "date": _tr("date"), "yes/no": _tr("yes/no"), "mixed": _tr("mixed"),
        "empty": _tr("empty"),
    }.get(kind, kind)


def role_text(role: str) -> str:
    """What recognition made of a column (``ColumnInfo.role``) in words."""
    fixed = {
        "": "", "name": _tr("name"), "name_local": _tr("local-script name"), "party": _tr("party"),
        "status": _tr("status"), "kind": _tr("kind"), "id": _tr("id"), "notes": _tr("notes"),
        "code": _tr("code"), "other name": _tr("other name"),
    }
    if role in fixed:
        return fixed[role]
    if role.startswith("code (") and role.endswith(")"):
        return _tr("code (%1)").replace("%1", role[6:-1])
    return role


def describe(schema: Schema) -> str:
    """One line of what the columns were taken as, e.g. "OCHA COD, level 1: names from
    ADM1_EN / ADM1_AR, codes from ADM1_PCODE (OCHA P-code)"."""
    names = [isolate(c) for c in (schema.column("name"), schema.column("name_local")) if c]
    if names:
        text = _tr("names from %1").replace("%1", " / ".join(names))
    else:
        text = _tr("no name column recognised: choose one below")
    if schema.codes:
        code = schema.codes[0]
        text += substitute(_tr(", codes from %1 (%2)"), (isolate(code.column), code.title))
    if schema.column("id"):
        text += _tr(", ids from %1").replace("%1", isolate(schema.column("id") or ""))
    if schema.family:
        head = schema.family if schema.level is None else \
            substitute(_tr("%1, level %2"), (schema.family, str(schema.level)))
        text = substitute(_tr("%1: %2"), (head, text))
    return text


# -- counts (English has no plural forms in Qt without a translation: each count has its
# singular and plural source text, and each of those its plural forms in the translations) --
def files_read(n: int) -> str:
    """"Read 1 file." / "Read 3 files."."""
    if n == 1:
        return QCoreApplication.translate("ImportDialog", "Read %n file.", None, n)
    return QCoreApplication.translate("ImportDialog", "Read %n files.", None, n)


def zones_count(n: int) -> str:
    """"1 zone" / "3 zones"."""
    if n == 1:
        return QCoreApplication.translate("ImportDialog", "%n zone", None, n)
    return QCoreApplication.translate("ImportDialog", "%n zones", None, n)


def lines_count(n: int) -> str:
    """"1 line" / "3 lines"."""
    if n == 1:
        return QCoreApplication.translate("ImportDialog", "%n line", None, n)
    return QCoreApplication.translate("ImportDialog", "%n lines", None, n)


def points_count(n: int) -> str:
    """"1 point" / "3 points"."""
    if n == 1:
        return QCoreApplication.translate("ImportDialog", "%n point", None, n)
    return QCoreApplication.translate("ImportDialog", "%n points", None, n)


def decisions_needed(n: int) -> str:
    """The footer's line for errors that wait for a choice in the dialog."""
    if n == 1:
        return QCoreApplication.translate("ImportDialog", "%n problem needs a decision first "
                                          "— see Problems", None, n)
    return QCoreApplication.translate("ImportDialog", "%n problems need a decision first "
                                      "— see Problems", None, n)


def files_unreadable(n: int) -> str:
    """The footer's line for files that cannot be read: there is nothing to decide."""
    if n == 1:
        return QCoreApplication.translate("ImportDialog", "%n file cannot be read — see "
                                          "Problems; nothing is imported while it is on the "
                                          "list", None, n)
    return QCoreApplication.translate("ImportDialog", "%n files cannot be read — see "
                                      "Problems; nothing is imported while they are on the "
                                      "list", None, n)


def repairs_offered(n: int) -> str:
    """"1 repair offered" / "3 repairs offered"."""
    if n == 1:
        return QCoreApplication.translate("ImportDialog", "%n repair offered", None, n)
    return QCoreApplication.translate("ImportDialog", "%n repairs offered", None, n)


def left_out_reason(code: str) -> str:
    """Why features are left out (``ImportResult.left_out``'s reasons) in words."""
    return {
        "no-crs": _tr("no usable coordinate system"),
        "no-geometry": _tr("no geometry"),
        "bad-geometry": _tr("a geometry that cannot be read or imported"),
        "no-repair": _tr("invalid, with no repair"),
        "count-mismatch": _tr("the .shp and .dbf do not pair them"),
    }.get(code, code)


def left_out_line(left: dict[str, int]) -> str:
    """The footer's line: "4 features left out: no geometry — see Problems" (each reason
    with its count when there are several)."""
    n = sum(left.values())
    if len(left) == 1:
        why = left_out_reason(next(iter(left)))
    else:
        why = listed(substitute(_tr("%1 (%2)"), (left_out_reason(code), str(k)))
                     for code, k in left.items())
    if n == 1:
        text = QCoreApplication.translate("ImportDialog", "%n feature left out: %1 — see "
                                          "Problems", None, n)
    else:
        text = QCoreApplication.translate("ImportDialog", "%n features left out: %1 — see "
                                          "Problems", None, n)
    return text.replace("%1", why)


def left_out_status(left: dict[str, int]) -> str:
    """What the status bar says after an import that left features out."""
    n = sum(left.values())
    why = listed(left_out_reason(code) for code in left)
    if n == 1:
        text = QCoreApplication.translate("ImportDialog", "%n feature left out (%1)", None, n)
    else:
        text = QCoreApplication.translate("ImportDialog", "%n features left out (%1)", None, n)
    return text.replace("%1", why)


def new_parties(n: int, names: list[str]) -> str:
    """The footer's line for party values the project does not know, kept: "2 new parties:
    UN, Monitors — see Party and status values" (the import adds them to the project's
    parties, each with a colour, unless they are mapped there)."""
    if n == 1:
        text = QCoreApplication.translate("ImportDialog", "%n new party: %1 — see Party and "
                                          "status values", None, n)
    else:
        text = QCoreApplication.translate("ImportDialog", "%n new parties: %1 — see Party "
                                          "and status values", None, n)
    return text.replace("%1", listed(names))
