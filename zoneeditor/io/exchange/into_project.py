"""Imported features into a project: one undoable, journaled ChangeSet (``import_changeset``).

Into the agreed baseline or an existing proposal, features whose ids are there replace them
and the others are added. As a new proposal, the proposal holds the file's features alone,
or, with ``base``, a copy of that version with the file's features put in
(``core.put_in``): what a delegate means by importing a colleague's file that holds only the
zones they redrew. A party or status value that names a known party or status up to letter
case and spacing is that one (``core.party_values``: "OPPOSITION" is the project's
Opposition, not a second party; ``value_notes`` says what was read as what). Parties the
project does not know get colours in the same step. A feature that replaces one of the
version (by id; in a copy, as ``put_in`` pairs them) keeps that one's values for the
attributes its file has no column for (``given``, ``core.kept_attributes``; ``values_kept``
says which, for the command and the dialog): a file sent back without notes empties none.
"""

from __future__ import annotations

from collections.abc import Sequence

from zoneeditor.core.attribute_keys import harmonise_keys, project_keys
from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.diff_change import same_geometry
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.kept_attributes import Given, Kept, keep_from
from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED, CORE_ATTRIBUTES, Feature, LayerKind, Project
from zoneeditor.core.party_colours import with_parties
from zoneeditor.core.party_values import (
    Reading,
    canonical_values,
    party_spellings,
    readings_notes,
)
from zoneeditor.core.party_values import unknown_values as _unknown_values
from zoneeditor.core.put_in import PutIn, put_in


class ImportRefused(ZoneEditorError):
    """The features cannot go into the project as asked (version exists, nothing to add)."""


def _harmonised(project: Project, features: Sequence[Feature]) -> list[Feature]:
    """Another tool's NAME_RU is the project's name_ru: one column, one spelling; its
    OPPOSITION is the project's Opposition."""
    keyed = harmonise_keys(features, [*CORE_ATTRIBUTES, *project_keys(
        f for version in project.versions.values() for f in version)])
    return _read_values(project, keyed)[0]


def known_parties(project: Project) -> list[str]:
    """The parties an import reads values as: the project's parties, then the parties its
    versions' features name (each once, in that order)."""
    return list(dict.fromkeys(_spellings(project).values()))


def _spellings(project: Project) -> dict[str, str]:
    """``party_spellings`` of the project: its parties (and their local names), then the
    parties its versions' features name."""
    used = (f.party for version in project.versions.values() for f in version if f.party)
    return party_spellings([*project.meta.parties, *used])


def _read_values(project: Project, features: Sequence[Feature]
                 ) -> tuple[list[Feature], list[Reading]]:
    """``features`` with their party and status values as the project spells them."""
    return canonical_values(features, _spellings(project))


def unknown_values(project: Project, features: Sequence[Feature]
                   ) -> dict[str, list[tuple[str, int]]]:
    """The party and status values of ``features`` the project does not know (not even up
    to letter case and spacing), with how many features hold each: what the import would
    make new parties of unless they are mapped (``read_any(values=...)``, the command's
    ``--map-values``)."""
    return _unknown_values(features, _spellings(project))


def value_notes(project: Project, features: Sequence[Feature]) -> list[Message]:
    """What ``import_changeset`` reads as another value ("party values read up to letter
    case and spacing: OPPOSITION → Opposition"), for the command and the dialog to say."""
    return readings_notes(_read_values(project, features)[1])


def import_changeset(project: Project, features: Sequence[Feature], target: str,
                     label: str, base: str | None = None,
                     given: Given | None = None) -> ChangeSet:
    """One undoable change bringing ``features`` into version ``target``.

    ``target`` is ``agreed``, an existing proposal (features with known ids replace their
    old state) or a new proposal name (created with the features). With ``base`` (a
    version of the project) the new proposal starts as a copy of it with ``features`` put
    in (``core.put_in``: features paired with the base's replace them under their ids, the
    others are added, the rest of the base is kept), so a file holding only some zones is
    not read as every other zone removed. ``given`` (feature id -> the attributes its file
    has columns for, ``ImportResult.given``): a feature replacing one of ``target`` (or
    paired with one of ``base``) keeps that one's values for the attributes its file has
    no column for (``core.kept_attributes``).
    """
    if not features:
        raise ImportRefused(Message("nothing to import: no feature could be read"))
    features = _harmonised(project, features)
    # parties the project does not know get a colour of their own (else all are grey)
    after = with_parties(project.meta, (f.party for f in features))
    meta = (project.meta, after) if after != project.meta else None
    if base is not None:
        if target in project.versions:
            raise ImportRefused(Message(
                "a version called %1 already exists: the features can be put into a copy of "
                "%2 only as a new proposal", repr(target), repr(base)))
        if base not in project.versions:
            raise ImportRefused(Message("the project has no version called %1", repr(base)))
        features = list(put_in(project.versions[base], features, given).features)
    if target in project.versions:
        current = project.versions[target].features
        if given is not None:
            features = keep_from(current, features, given, target)[0]
        features = [_drawn_as_before(current.get(f.id), f) for f in features]
        deltas = tuple(Delta(current.get(f.id), f) for f in features if current.get(f.id) != f)
        return ChangeSet(label, target, deltas, meta=meta)
    if target == AGREED:
        raise ImportRefused(Message("the project has no agreed baseline"))
    return ChangeSet(label, target, tuple(Delta(None, f) for f in features), meta=meta,
                     structure=Structure.CREATE)


def _drawn_as_before(old: Feature | None, new: Feature) -> Feature:
    """``new`` with ``old``'s geometry when the two are the same shape written another way.

    Formats write a shape their own way: GeoJSON turns exterior rings counter-clockwise (RFC
    7946) and other tools start a ring at another vertex or round the coordinates to the
    file's precision. Read back, such a shape is not a change (``core.diff_change.
    same_geometry``, the comparison's own rule), and taking it as one would make an
    unchanged export imported back "replace" its features and journal needless edits."""
    if old is None or old.geometry is new.geometry or not same_geometry(old.geometry,
                                                                        new.geometry):
        return new
    return new.with_geometry(old.geometry)


def layers_written(project: Project, features: Sequence[Feature], target: str
                   ) -> set[LayerKind]:
    """The layers of version ``target`` that ``import_changeset`` of ``features`` would
    change: each feature's own, and that of the feature of ``target`` it replaces (same
    id). None for a new proposal (a new version: nothing of it is there to change). For the
    window's layer locks, which the import honours layer by layer."""
    version = project.versions.get(target)
    if version is None:
        return set()
    current = version.features
    layers = {LayerKind(f.layer) for f in features}
    layers |= {LayerKind(old.layer) for f in features if (old := current.get(f.id)) is not None}
    return layers


def put_in_preview(project: Project, features: Sequence[Feature], base: str,
                   given: Given | None = None) -> PutIn:
    """What ``import_changeset(..., base=base, given=given)`` would make of ``features``:
    which features of ``base`` they replace, which they add, which are kept (for the
    dialog's default and its counts)."""
    return put_in(project.versions[base], _harmonised(project, features), given)


def values_kept(project: Project, features: Sequence[Feature], target: str,
                base: str | None, given: Given) -> Kept:
    """Which values ``import_changeset(..., base=base, given=given)`` keeps from the
    version the features replace features of (``target``, or the copied ``base``) because
    their files have no column for them; nothing for a new proposal of the files' features
    alone (there is nothing to replace). ``Kept.note`` is the sentence to say."""
    if base is not None and base in project.versions:
        found = put_in_preview(project, features, base, given).values_kept
        return found if found is not None else Kept(base)
    version = project.versions.get(target)
    if version is None:
        return Kept(target)
    return keep_from(version.features, _harmonised(project, features), given, target)[1]
