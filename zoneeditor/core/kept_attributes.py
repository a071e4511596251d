"""Attributes an imported file has no column for: a feature matched to one of the version it
replaces keeps that feature's values for them.

A delegation exports a version, another party edits it in their own tool and sends it back
without some columns (no ``notes``, no ``name_local``). Imported as it was read, every
matched feature got an empty value for what the file does not give at all, so comparing the
import with the version it came from listed every feature as "changed notes", and the
delegation's notes were silently gone from that version. A column the file does not have
says nothing about the values, so a matched feature keeps the base feature's values for
every attribute the file gives no column for (``given``: what the reader found, per feature,
``io.exchange.ImportResult.given``); a column the file has but leaves empty for a feature
is an edit (empty is a value), and a feature with no match keeps what the file gives.

Attribute names compare without letter case, as SQLite and GDAL compare columns
(``core.attribute_keys``): a file's ``NOTES`` column gives ``notes``.

>>> from shapely import box
>>> from zoneeditor.core.model import LayerKind
>>> old = Feature("a", LayerKind.ZONES, box(0, 0, 1, 1), {"name": "A", "notes": "ours"})
>>> new = Feature("a", LayerKind.ZONES, box(0, 0, 2, 1), {"name": "B", "notes": ""})
>>> with_base_values(old, new, {"name"}).attributes["notes"]
'ours'
>>> with_base_values(old, new, {"name", "NOTES"}).attributes["notes"]
''
>>> absent(old, {"name"})
['notes']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from zoneeditor.core.diff_absent import column_list
from zoneeditor.core.messages import Message, counted
from zoneeditor.core.model import CORE_ATTRIBUTES, Feature

#: ``{feature id: attribute names its file gives}`` (a column of the file, or a value of
#: some feature of the same file layer); a feature not in it is kept as it is.
Given = Mapping[str, Collection[str]]


def absent(old: Feature, given: Collection[str]) -> list[str]:
    """The attributes ``old`` has values for that a file giving ``given`` has no column
    for (an attribute ``old`` leaves empty has nothing to keep)."""
    keys = {g.casefold() for g in given}
    return [k for k, v in old.attributes.items()
            if k.casefold() not in keys and v is not None and v != ""]


def with_base_values(old: Feature, new: Feature, given: Collection[str]) -> Feature:
    """``new`` with ``old``'s value for each attribute of ``old`` that the file ``new`` came
    from has no column for (``given``: the attributes it gives). ``new`` itself when there
    is none, so an unchanged feature stays equal to what the file gives."""
    kept = absent(old, given)
    if not kept:
        return new
    spelled = {k.casefold(): k for k in kept}
    # each in its place, under the base's spelling; the base's others after the file's
    attrs = {spelled.get(k.casefold(), k): old.attributes[spelled[k.casefold()]]
             if k.casefold() in spelled else v for k, v in new.attributes.items()}
    attrs.update({k: old.attributes[k] for k in kept if k not in attrs})
    return Feature(new.id, new.layer, new.geometry, attrs)


@dataclass
class Kept:
    """What an import kept from the version it replaces features of: how many matched
    features kept each attribute, and from which version (``note`` says it)."""

    version: str
    #: attribute -> how many matched features kept its value from ``version``
    attributes: Counter[str] = field(default_factory=Counter)
    #: ids (of ``version``) of the features that kept at least one value
    features: set[str] = field(default_factory=set)

    def add(self, old: Feature, given: Collection[str]) -> None:
        """Count what ``old`` keeps when replaced by a feature of a file giving ``given``."""
        names = absent(old, given)
        self.attributes.update(names)
        if names:
            self.features.add(old.id)

    def names(self) -> list[str]:
        """The attributes kept, ours in their usual order, then the others by name."""
        ours = [a for a in CORE_ATTRIBUTES if a in self.attributes]
        return ours + sorted(a for a in self.attributes if a not in CORE_ATTRIBUTES)

    def note(self, label: str = "") -> Message | None:
        """The one sentence the import command and dialog say (None: nothing was kept);
        the version named ``label`` (the window's display name), else quoted."""
        if not self.features:
            return None
        return counted("kept from %1 for %n matched feature(s): %2, which the files have "
                       "no column for (a missing column empties nothing; an empty value in "
                       "a column does)", len(self.features), label or repr(self.version),
                       column_list(self.names()))

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form (the command's ``--json``)."""
        note = self.note()
        return {"version": self.version, "features": len(self.features),
                "attributes": {a: self.attributes[a] for a in self.names()},
                "note": str(note) if note is not None else ""}


def keep_from(current: Mapping[str, Feature], features: Iterable[Feature], given: Given,
              version: str) -> tuple[list[Feature], Kept]:
    """``features`` put into ``version`` whose features are ``current`` (by id, as an
    import into a version replaces them): each one whose id is there keeps that feature's
    values for what its file has no column for; with what was kept."""
    kept = Kept(version)
    out = []
    for f in features:
        old = current.get(f.id)
        if old is None or f.id not in given:
            out.append(f)
            continue
        kept.add(old, given[f.id])
        out.append(with_base_values(old, f, given[f.id]))
    return out, kept


__all__ = ["Given", "Kept", "absent", "keep_from", "with_base_values"]
