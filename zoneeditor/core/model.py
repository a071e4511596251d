"""The data model: immutable features, versions (agreed baseline and proposals), a project.

A ``Feature`` never changes; an edit replaces it with a new one (see ``changes``). That makes
undo, the journal and the diff one vocabulary: pairs of old and new features.

>>> from shapely import Point
>>> f = Feature.create(LayerKind.POINTS, Point(36.3, 33.5), name="Post 1", party="Monitors")
>>> f.name, f.layer.value
('Post 1', 'points')
>>> g = f.with_attributes(name="Post 2")
>>> (f.name, g.name, f.id == g.id)
('Post 1', 'Post 2', True)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from shapely.geometry.base import BaseGeometry

from zoneeditor.core.messages import Message

if TYPE_CHECKING:  # only the types: a project without reference layers (and ``zoneeditor
    # diff``, issue #19 item 3) never needs their module; their readers import it
    from zoneeditor.core.reference import Georeference, ReferenceLayer

#: Name of the agreed baseline version; every project has one.
AGREED = "agreed"


def version_phrase(name: str) -> str:
    """A version as a sentence names it: "the agreed baseline" (by its role, as the window
    shows it), "version 'Plan B'" (a Message, so the window says it in its language)."""
    return Message("the agreed baseline") if name == AGREED else Message("version %1",
                                                                         repr(name))

#: Version of the project file layout this code writes (see io/project_file.py).
FORMAT_VERSION = 1

#: Status values a feature may carry.
STATUSES = ("proposed", "agreed", "disputed")

#: Attributes every feature has (empty string when unset); others found on import are kept.
CORE_ATTRIBUTES = ("name", "name_local", "party", "status", "kind", "notes")

#: What a sentence calls each core attribute ("Edit local name of Idlib"): the one list of
#: their names. The window shows them in its language (``i18n.values.attribute_name``, and
#: capitalised as field labels, ``attribute_title``); any other attribute is called by its
#: column name.
ATTRIBUTE_NAMES: Mapping[str, Message] = MappingProxyType({
    "name": Message("name"), "name_local": Message("local name"), "party": Message("party"),
    "status": Message("status"), "kind": Message("kind"), "notes": Message("notes"),
})

#: What a sentence calls the name columns of the interface languages besides English
#: (``core.naming.own_name_key``): the Attributes panel's "Name (Russian)" field, a step's
#: label "Edit name (Russian) of Eastern Ghouta", the Changes panel's list of what changed.
#: A new interface language adds its column here.
LANGUAGE_NAMES: Mapping[str, Message] = MappingProxyType({
    "name_ar": Message("name (Arabic)"), "name_ru": Message("name (Russian)"),
})


#: What a sentence calls the attributes the buffer tool records on a buffer zone
#: (``core.buffer.Derivation``): a diff or a merge of a rebuilt buffer names them so
#: ("changed buffer width on the left"), not by their columns ("width_left_km").
DERIVATION_NAMES: Mapping[str, Message] = MappingProxyType({
    "source_line": Message("buffer's line"),
    "width_left_km": Message("buffer width on the left"),
    "width_right_km": Message("buffer width on the right"),
})


def attribute_words(key: str) -> Message | None:
    """What a sentence calls the attribute ``key``: one of ours (a core attribute, an
    interface language's name column, a buffer's derivation) by its name
    (``ATTRIBUTE_NAMES``, ``LANGUAGE_NAMES``, ``DERIVATION_NAMES``); None for any other
    column (another tool's "REMARK"), which is called by its column name."""
    return ATTRIBUTE_NAMES.get(key) or LANGUAGE_NAMES.get(key) or DERIVATION_NAMES.get(key)


def attribute_phrase(key: str) -> str:
    """How an English sentence (a step's label, the command line's texts) names the
    attribute ``key``: ``attribute_words`` (a Message the window translates, "name_ru" ->
    "name (Russian)"), any other column by its name ("REMARK")."""
    return attribute_words(key) or key


class LayerKind(StrEnum):
    """The three layers of every version, each with its own geometry types."""

    ZONES = "zones"
    LINES = "lines"
    POINTS = "points"

    @property
    def geometry_types(self) -> tuple[str, ...]:
        """Shapely geometry type names allowed in this layer."""
        return _GEOMETRY_TYPES[self]


_GEOMETRY_TYPES = {
    LayerKind.ZONES: ("Polygon", "MultiPolygon"),
    LayerKind.LINES: ("LineString",),
    LayerKind.POINTS: ("Point",),
}


def new_id() -> str:
    """A fresh stable feature id: random, so ids from two laptops never collide."""
    import uuid  # here: reading and comparing files makes no ids (start-up, issue #19.3)

    return uuid.uuid4().hex


@dataclass(frozen=True, eq=True)
class Feature:
    """One immutable map object: a zone, a line (of contact, or a buffer axis) or a point.

    ``id`` is stable across edits, saves, exports and versions; the diff matches by it.
    ``attributes`` is read-only; use ``with_attributes`` / ``with_geometry`` to get a new one.
    """

    id: str
    layer: LayerKind
    geometry: BaseGeometry
    attributes: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        attrs = dict(self.attributes)
        for key in CORE_ATTRIBUTES:
            attrs.setdefault(key, "")
        object.__setattr__(self, "attributes", MappingProxyType(attrs))
        object.__setattr__(self, "layer", LayerKind(self.layer))

    @classmethod
    def create(
        cls,
        layer: LayerKind | str,
        geometry: BaseGeometry,
        id: str | None = None,
        **attributes: Any,
    ) -> Feature:
        """Make a feature with a new id (or the given one) and keyword attributes."""
        return cls(id or new_id(), LayerKind(layer), geometry, attributes)

    def __hash__(self) -> int:
        return hash((self.id, self.layer, self.geometry.wkb))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Feature):
            return NotImplemented
        if self is other:
            return True
        return (
            self.id == other.id
            and self.layer == other.layer
            # the same (immutable) geometry object: no need to compare a million vertices
            and (self.geometry is other.geometry or self.geometry.equals_exact(other.geometry, 0))
            and self.geometry.geom_type == other.geometry.geom_type
            and dict(self.attributes) == dict(other.attributes)
        )

    @property
    def name(self) -> str:
        """The feature's display name (may be empty)."""
        return str(self.attributes.get("name") or "")

    @property
    def party(self) -> str:
        """The party the feature belongs to ('' for none)."""
        return str(self.attributes.get("party") or "")

    @property
    def status(self) -> str:
        """proposed, agreed or disputed ('' when unset)."""
        return str(self.attributes.get("status") or "")

    @property
    def label(self) -> str:
        """A short human reference for messages: the name, else the layer and short id."""
        return self.name or f"{self.layer.value[:-1]} {self.id[:8]}"

    def with_geometry(self, geometry: BaseGeometry) -> Feature:
        """The same feature (same id) with another geometry."""
        return replace(self, geometry=geometry)

    def with_attributes(self, **changes: Any) -> Feature:
        """The same feature with some attributes replaced (others kept)."""
        attrs = dict(self.attributes)
        attrs.update(changes)
        return replace(self, attributes=attrs)


@dataclass(frozen=True)
class Party:
    """A party to the talks, with the colour its zones and lines are drawn in (#rrggbb)."""

    name: str
    colour: str = "#808080"
    name_local: str = ""


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class ProjectMeta:
    """Project-wide facts shown in the title bar, printed on maps and kept in the file.

    ``shown_version`` is view state, not an edit: the version last shown, so a project
    reopens on it. It is kept here because it is stored with the details (the file's meta
    table), but it takes no part in comparisons, so switching versions never makes a
    project look edited, and no change set carries it (``Document`` keeps it current).
    """

    title: str = "Untitled project"
    parties: tuple[Party, ...] = ()
    author: str = ""
    created: str = field(default_factory=_now)
    modified: str = field(default_factory=_now)
    format_version: int = FORMAT_VERSION
    shown_version: str = field(default="", compare=False)
    #: Reference layers, bottom to top, and georeferencings of scans (core/reference.py):
    #: here so adding one, hiding it or placing a control point is an undoable change.
    references: tuple[ReferenceLayer, ...] = ()
    georeferences: tuple[Georeference, ...] = ()

    def party(self, name: str) -> Party | None:
        """The party called ``name``, or None."""
        return next((p for p in self.parties if p.name == name), None)

    def reference(self, reference_id: str) -> ReferenceLayer | None:
        """The reference layer with this id, or None."""
        return next((r for r in self.references if r.id == reference_id), None)

    def georeference(self, georef_id: str) -> Georeference | None:
        """The georeferencing with this id, or None."""
        return next((g for g in self.georeferences if g.id == georef_id), None)


@dataclass
class Version:
    """A named set of features: the agreed baseline or one proposal.

    Mutated only through ``Document.apply``; everyone else treats it as read-only.
    """

    name: str
    features: dict[str, Feature] = field(default_factory=dict)
    description: str = ""

    @property
    def is_agreed(self) -> bool:
        """True for the agreed baseline."""
        return self.name == AGREED

    def layer(self, layer: LayerKind | str) -> list[Feature]:
        """The features of one layer, in insertion order."""
        kind = LayerKind(layer)
        return [f for f in self.features.values() if f.layer == kind]

    def __iter__(self) -> Iterator[Feature]:
        return iter(self.features.values())

    def __len__(self) -> int:
        return len(self.features)

    def get(self, feature_id: str) -> Feature | None:
        """The feature with this id, or None."""
        return self.features.get(feature_id)

    def copy(self, name: str | None = None) -> Version:
        """A shallow copy (features are immutable, so this is a full copy)."""
        return Version(name or self.name, dict(self.features), self.description)


@dataclass
class Project:
    """Metadata plus versions, the agreed baseline first. What a project file holds."""

    meta: ProjectMeta = field(default_factory=ProjectMeta)
    versions: dict[str, Version] = field(default_factory=lambda: {AGREED: Version(AGREED)})

    @classmethod
    def from_versions(cls, meta: ProjectMeta, versions: Iterable[Version]) -> Project:
        """Build a project; an agreed baseline is added if missing."""
        vs = {v.name: v for v in versions}
        vs.setdefault(AGREED, Version(AGREED))
        ordered = {AGREED: vs.pop(AGREED), **vs}
        return cls(meta, ordered)

    @property
    def agreed(self) -> Version:
        """The agreed baseline."""
        return self.versions[AGREED]

    @property
    def proposals(self) -> list[Version]:
        """All versions except the baseline, in file order."""
        return [v for n, v in self.versions.items() if n != AGREED]

    def version(self, name: str) -> Version:
        """The version called ``name``; KeyError with the known names otherwise."""
        try:
            return self.versions[name]
        except KeyError:
            known = ", ".join(self.versions)
            raise KeyError(f"no version {name!r} (versions: {known})") from None

    def copy(self) -> Project:
        """A copy whose versions can be changed without touching this one."""
        return Project(self.meta, {n: v.copy() for n, v in self.versions.items()})
