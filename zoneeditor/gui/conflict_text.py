"""What the Conflicts panel says about a conflict, in the interface language.

The merge engine's own sentences (``Conflict.description``) are English, for the command
line and the JSON report. The panel builds its texts from the conflict's data instead: what
kind of conflict, what each side did (attribute values shown through ``i18n.values``, so a
status reads "disputed" in the user's language while "disputed" stays stored), and where
(the position, and the nearest town when the gazetteer is loaded).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.diff_change import changed_attributes, same_geometry
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import Feature, LayerKind, ProjectMeta
from zoneeditor.core.naming import display_position, figure, isolate
from zoneeditor.gui.conflict_book import ConflictEntry
from zoneeditor.i18n.values import (
    attribute_name,
    kind_name,
    layer_name,
    party_name,
    place_name,
    status_name,
    version_title,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsPanel", text)


def value_text(attribute: str, value: Any, meta: ProjectMeta) -> str:
    """A stored value as the user reads it (statuses, kinds, parties translated)."""
    if value is None or value == "":
        return _tr("(unset)")
    text = str(value)
    if attribute == "status":
        return status_name(text)
    if attribute == "kind":
        return kind_name(text)
    if attribute == "party":
        return party_name(text, meta)
    return text


def kind_text(entry: ConflictEntry) -> str:
    """What sort of decision this is, in a few words."""
    layer = next((f.layer for f in entry.main() if f is not None), LayerKind.ZONES)
    texts = {
        "geometry": (_tr("Both moved the same point") if layer == LayerKind.POINTS else
                     _tr("Both redrew the same stretch of line") if layer == LayerKind.LINES
                     else _tr("Both redrew the same stretch of boundary")),
        "invalid_result": _tr("Each side's edits are valid alone, but not together"),
        "delete_modify": _tr("Deleted on one side, changed on the other"),
        "both_added": _tr("Added on both sides, differently"),
        "not-allowed": _tr("Changed here, but your role may not change this version on the "
                           "server"),
        "version-removed": _tr("Removed on the server while edited here"),
        "version-changed": _tr("Changed on the server after it was removed here"),
        "details": _tr("Project details changed here and on the server"),
        "refused": _tr("Refused by the server: kept here"),
    }
    if entry.kind == "attribute" and entry.attribute:
        return _tr("Both changed %1").replace("%1", attribute_name(entry.attribute))
    if entry.is_version_change and entry.sync is not None:
        return _version_kind_text(entry.sync.structure, entry.refused_by_role)
    return texts.get(entry.kind, entry.kind)


def _version_kind_text(structure: str, by_role: bool) -> str:
    """A removal or new version that stays here, worded by who stopped it: the user's role
    (the client did not send it) or the server (it refused it)."""
    if by_role:
        return (_tr("Removed here; your role may not remove it on the server")
                if structure == "drop" else
                _tr("Added here; your role may not add versions on the server"))
    return (_tr("Removal refused by the server: kept here") if structure == "drop" else
            _tr("New version refused by the server: kept here"))


def _parts(base: Feature, side: Feature) -> list[str]:
    parts = []
    if not same_geometry(base.geometry, side.geometry):
        parts.append(_tr("position") if side.layer == LayerKind.POINTS else _tr("shape"))
    parts += [attribute_name(a) for a in changed_attributes(base, side)
              if a != "merge_conflict"]
    return parts


def did_text(entry: ConflictEntry, side: str, meta: ProjectMeta) -> str:
    """What ``side`` ("ours" or "theirs") did to the conflicting feature."""
    if entry.is_version_change and entry.sync is not None:
        return _version_did_text(entry.sync.structure, side)
    base, ours, theirs = entry.main()
    mine = ours if side == "ours" else theirs
    if entry.kind == "attribute" and entry.attribute and entry.values is not None:
        value = entry.values[1] if side == "ours" else entry.values[2]
        if value is None or value == "":
            return _tr("cleared %1").replace("%1", attribute_name(entry.attribute))
        return (substitute(_tr("set %1 to %2"),
                           (attribute_name(entry.attribute),
                            value_text(entry.attribute, value, meta))))
    if entry.kind in ("geometry", "invalid_result") and entry.merge is not None:
        return _tr("moved it") if mine is not None and mine.layer == LayerKind.POINTS \
            else _tr("redrew this stretch")
    if base is None:
        return _tr("added it") if mine is not None else "—"
    if mine is None:
        return _tr("deleted it")
    parts = _parts(base, mine)
    if not parts:
        return _tr("left it as it was")
    return _tr("changed its %1").replace("%1", ", ".join(parts))


def _version_did_text(structure: str, side: str) -> str:
    """What each side did to a version removed or added here (a refused change)."""
    if structure == "drop":
        return _tr("removed the version") if side == "ours" else _tr("keeps the version")
    return _tr("added the version") if side == "ours" else _tr("does not have it")


def where_text(entry: ConflictEntry, gazetteer: Any, dms: bool = False) -> str:
    """The position, with the nearest town and its distance when the gazetteer is loaded."""
    if entry.where is None:
        return ""
    lon, lat = entry.where
    text = display_position(lon, lat, dms)
    if gazetteer is not None:
        try:
            town, km = gazetteer.nearest(lon, lat)
        except (LookupError, ValueError):
            return text
        near = substitute(_tr("%1 from %2"), (figure(f"{km:.1f}", _tr("km")), place_name(town)))
        return f"{text} ({near})"
    return text


def feature_text(entry: ConflictEntry) -> str:
    """The feature's name and layer: "Idlib (Zones)"; "+2" when a shared border also
    concerns its neighbours. A sync conflict about no feature names what it is about:
    the project details, or the version as a whole."""
    if entry.is_sync and not entry.feature_ids:
        if entry.kind == "details" or (entry.is_refused and not entry.is_version_change):
            return _tr("Project details")
        return _tr("The version “%1”").replace("%1", isolate(version_title(entry.version)))
    layer = next((f.layer for f in entry.main() if f is not None), None)
    text = entry.label() if layer is None else f"{entry.label()} ({layer_name(layer)})"
    others = len(entry.feature_ids) - 1
    if others > 0:
        text += " " + QCoreApplication.translate("ConflictsPanel", "and %n more", None, others)
    return text


def version_text(name: str) -> str:
    """A version's display name (the baseline by its role)."""
    return version_title(name)


def side_names(entry: ConflictEntry) -> tuple[str, str]:
    """How the two sides are called: ours/theirs for a merge, mine/the server's for a sync."""
    return side_names_of(entry.is_sync)


def side_names_of(sync: bool) -> tuple[str, str]:
    """The two sides' names (the list's column headings): one pair of words per situation,
    used by every text of the panel — a merge's ours/theirs, a sync's mine/the server's."""
    if sync:
        return _tr("Mine"), _tr("The server's")
    return _tr("Ours"), _tr("Theirs")


def overlay_text(sync: bool) -> str:
    """The map overlay's check box, in the pair of words of the selected conflict."""
    return (_tr("Show base, mine and the server's on the map") if sync
            else _tr("Show base, ours and theirs on the map"))


def decided_text(entry: ConflictEntry) -> str:
    """A sync conflict's recorded decision, or ""."""
    if entry.decided == "theirs":
        return _tr("decided: take the server's at the next sync")
    if entry.decided == "ours":
        return _tr("decided: send mine at the next sync")
    if entry.decided == "discarded":
        return _tr("discarded: the server's version is back (undo to keep mine)")
    return ""


def hint_text(entry: ConflictEntry | None, listed: bool) -> str:
    """What the panel says under its buttons about the selected conflict (``listed``: the
    list is not empty)."""
    if entry is None:
        return _tr("Select a conflict to see it on the map.") if listed else ""
    if entry.refused_by_role:
        return _tr("Your role on the team server may not make this change, so it was not "
                   "sent. Keep mine: it stays here and is tried again at every sync. Discard "
                   "mine: the server's version is put back here (undo brings yours back).")
    if entry.is_refused:
        return _tr("The server refused this change (your role or a rule of the server does "
                   "not allow it). Keep mine: it is tried again at every sync. Discard mine: "
                   "the server's version is put back here (undo brings yours back).")
    if entry.is_sync:
        return (_tr("Keep mine sends your version at the next sync; take the server's "
                    "replaces yours with it. Sync to carry it out.")
                if entry.feature_ids else
                _tr("This is about the whole version: it is reported until the version is "
                    "the same here and on the server."))
    if entry.merge is None:
        return _tr("The details of this conflict are no longer kept: check the feature, then "
                   "Mark resolved.")
    return _tr("Or draw it yourself: edit the stretch on the map, then Mark resolved.")


def picture_labels(entry: ConflictEntry) -> tuple[str, str, str]:
    """The map legend's names of base, ours and theirs."""
    if entry.is_sync:
        return (_tr("Base: as at the last sync"), _tr("Mine: this working copy"),
                _tr("The server's: as the server has it"))
    return (_tr("Base: before either edit"), _tr("Ours: this project"),
            _tr("Theirs: the other copy"))
