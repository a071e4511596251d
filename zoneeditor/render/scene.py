"""What to draw: the data and the choices (version, underlay, selection, hidden layers).

The canvas and the print layout fill a ``Scene`` and hand it, with a viewport and a QPainter,
to ``MapPainter.paint``; so a printed map shows exactly what the canvas shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from zoneeditor.core.model import AGREED, LayerKind, Project
from zoneeditor.core.tools.base import Preview
from zoneeditor.i18n import current_language

if TYPE_CHECKING:
    from zoneeditor.core.basemap_model import Basemap
    from zoneeditor.core.places import Gazetteer
    from zoneeditor.render.lod import LodCache
    from zoneeditor.render.reference_painter import ReferenceCache, RenderReference

#: Layers bottom to top.
DEFAULT_ORDER: tuple[LayerKind, ...] = (LayerKind.ZONES, LayerKind.LINES, LayerKind.POINTS)


@dataclass
class Scene:
    """Everything ``MapPainter`` needs besides the painter and the viewport.

    - ``project``/``version``: what to draw (the version's features, party colours).
    - ``baseline_underlay``: when ``version`` is a proposal, draw the agreed baseline beneath
      as a dashed grey outline.
    - ``hidden_layers``: LayerKind values not drawn; ``opacity``: per layer, 0..1.
    - ``layer_order``: bottom to top.
    - ``selection``: ids to highlight; ``show_vertices``: vertex handles on the selection.
    - ``preview``: a tool's preview drawn on top (rubber band, geometry being drawn).
    - ``basemap``/``gazetteer``: optional background (countries, towns with labels).
    - ``lod``: a level-of-detail cache shared between frames (None: draw full detail).
    - ``label_language``: "en" romanised names, or "local" to prefer ``name_local`` / Arabic,
      or "both" (the window's default): feature names in both scripts, and country and town
      names in the interface language ``language`` where the bundled data has them.
    - ``language``: the interface language ("en", "ar", "ru"); the installed one by default.
    - ``references``: reference layers drawn under the project layers, bottom to top
      (``render.reference_painter.scene_references``); ``reference_cache``: their cells,
      paths and tiles shared between frames (None: computed in full, as print wants).
    """

    project: Project
    version: str = AGREED
    baseline_underlay: bool = True
    hidden_layers: frozenset[str] = frozenset()
    opacity: Mapping[str, float] = field(default_factory=dict)
    layer_order: tuple[LayerKind, ...] = DEFAULT_ORDER
    selection: frozenset[str] = frozenset()
    show_vertices: bool = True
    preview: Preview | None = None
    basemap: Basemap | None = None
    gazetteer: Gazetteer | None = None
    show_basemap: bool = True
    show_towns: bool = True
    show_labels: bool = True
    label_language: str = "en"
    language: str = field(default_factory=current_language)
    lod: LodCache | None = None
    #: Extra painting after everything else: callables(painter, viewport) (diff overlay...).
    overlays: tuple[Callable, ...] = ()
    references: tuple[RenderReference, ...] = ()
    reference_cache: ReferenceCache | None = None

    def layer_visible(self, layer: LayerKind | str) -> bool:
        """True unless the layer is hidden or fully transparent."""
        key = LayerKind(layer).value
        return key not in self.hidden_layers and self.opacity.get(key, 1.0) > 0.0

    def layer_opacity(self, layer: LayerKind | str) -> float:
        """Opacity 0..1 of a layer (1 unless set)."""
        return float(self.opacity.get(LayerKind(layer).value, 1.0))
