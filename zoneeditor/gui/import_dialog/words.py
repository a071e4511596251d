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

from zoneeditor.core.naming import isolate
from zoneeditor.core.schema import Schema

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
        text += _tr(", codes from %1 (%2)").replace("%1", isolate(code.column)).replace(
            "%2", code.title)
    if schema.column("id"):
        text += _tr(", ids from %1").replace("%1", isolate(schema.column("id") or ""))
    if schema.family:
        head = schema.family if schema.level is None else \
            _tr("%1, level %2").replace("%1", schema.family).replace("%2", str(schema.level))
        text = _tr("%1: %2").replace("%1", head).replace("%2", text)
    return text
