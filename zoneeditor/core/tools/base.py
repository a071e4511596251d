"""The tool protocol shared by every map tool and the canvas that drives them.

A tool receives ``PointerEvent`` / ``KeyEvent`` and answers with a ``ToolResult``: maybe a
ChangeSet to push on the history, maybe a new selection, a ``Preview`` to draw, a message
for the status bar, or a refusal reason. Tools never apply changes themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.tools.new_names import NewNames
from zoneeditor.core.tools.state import EditState

if TYPE_CHECKING:
    from zoneeditor.core.document import Document
    from zoneeditor.core.selection import Selection

PointerKind = Literal["press", "move", "release", "double_click"]
Button = Literal["left", "middle", "right", "none"]


@dataclass(frozen=True)
class PointerEvent:
    """A mouse event in map coordinates (lon, lat).

    ``tolerance`` is the snap/pick radius in degrees at the current scale (pixels converted
    by the canvas), so tools never need to know about the screen.
    """

    kind: PointerKind
    x: float
    y: float
    button: Button = "left"
    modifiers: frozenset[str] = frozenset()  # "shift", "ctrl", "alt"
    tolerance: float = 0.0

    @property
    def xy(self) -> tuple[float, float]:
        """The position as a tuple."""
        return (self.x, self.y)


@dataclass(frozen=True)
class KeyEvent:
    """A key a tool may act on: "Backspace", "Enter", "Escape", "Delete" (Qt key names)."""

    key: str
    modifiers: frozenset[str] = frozenset()


@dataclass
class Preview:
    """What the canvas draws on top of the map while a tool works (in map coordinates)."""

    geometries: list[BaseGeometry] = field(default_factory=list)
    vertices: list[tuple[float, float]] = field(default_factory=list)
    snap: tuple[float, float] | None = None
    rubber_band: tuple[float, float, float, float] | None = None  # minx, miny, maxx, maxy

    @property
    def has_content(self) -> bool:
        """True when there is anything to draw (an empty preview clears the old one)."""
        return bool(self.geometries or self.vertices or self.snap or self.rubber_band)


@dataclass
class ToolResult:
    """A tool's answer to one event. Every field is optional."""

    changeset: ChangeSet | None = None
    selection: frozenset[str] | None = None
    preview: Preview | None = None
    message: str = ""
    refused: str | None = None
    where: tuple[float, float] | None = None
    handled: bool = True


@dataclass(eq=False)
class ToolContext:
    """What a tool may read: the document, the selection, which layers are editable, and the
    editing state every tool of this document shares (``edit_state``).

    On construction the context connects its document's ``changed`` and
    ``current_version_changed`` to ``edit_state``, so a cache built for one state of the
    document (the snap index) is never used for another. Make one context per open document.

    >>> ctx = ToolContext(document, selection)                       # doctest: +SKIP
    >>> ctx.edit_state.snap_enabled = False                          # doctest: +SKIP
    """

    document: Document
    selection: Selection
    locked_layers: set[str] = field(default_factory=set)  # LayerKind values that are locked
    hidden_layers: set[str] = field(default_factory=set)
    version_locked: bool = False  # the agreed baseline is locked by default
    #: Why nothing of the project may be changed here ("" when it may): an observer's
    #: working copy of a team project, say. Editing tools refuse with this sentence.
    read_only: str = ""
    edit_state: EditState = field(default_factory=EditState)
    #: The names new features get: English in ``name``, and in the interface language's
    #: own name column (the window passes its translations: a zone drawn in Arabic is
    #: "New zone 1" with ``name_ar`` "منطقة جديدة 1"; ``core.tools.new_names``).
    new_names: NewNames = field(default_factory=NewNames)

    def __post_init__(self) -> None:
        # psygnal holds the state's methods weakly: nothing outlives the state.
        self.document.changed.connect(self.edit_state.on_changed)
        self.document.current_version_changed.connect(self.edit_state.on_version_changed)

    @property
    def editable(self) -> bool:
        """False when the current version is locked against edits (or all is read-only)."""
        return not self.version_locked and not self.read_only


class Tool:
    """Base class of map tools: override what the tool needs; the rest does nothing.

    ``name`` is shown in the status bar, ``shortcut`` is its single key (README lists them).
    """

    name = "Tool"
    shortcut = ""
    #: True for tools that change the document (off while the project is read-only).
    edits = False

    def __init__(self, context: ToolContext) -> None:
        self.ctx = context

    def pointer(self, event: PointerEvent) -> ToolResult:
        """Handle a mouse event."""
        return ToolResult(handled=False)

    def key(self, event: KeyEvent) -> ToolResult:
        """Handle a key press."""
        return ToolResult(handled=False)

    def cancel(self) -> ToolResult:
        """Abandon any work in progress (Esc, or switching tools)."""
        return ToolResult(preview=Preview())
