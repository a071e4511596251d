"""The map inside the sheet's frame: which area, at which scale, painted by the shared renderer.

Print never has its own map painter: it fills the same ``Scene`` the canvas fills and calls
the same ``MapPainter``, with a ``MapStyle`` scaled to the device (pens are specified in
pixels at 96 dpi), so paper and screen look alike. This module only decides the extent
(the current view, a chosen box, a fixed scale, or one zone) and wires the optional diff
overlay.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING

import shapely
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import Message
from zoneeditor.core.model import LayerKind, Project, Version
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.map_comparison import MapComparison, paint_over, paint_under
from zoneeditor.render.print_options import MapLook
from zoneeditor.render.style import MapStyle

if TYPE_CHECKING:
    from zoneeditor.core.diff import DiffReport
    from zoneeditor.render.diff_overlay import DiffStyle

#: Fraction of the frame left free around the features when fitting an extent.
FIT_MARGIN = 0.04


def no_version(project: Project, name: str) -> Message:
    """"no version 'X' (versions: agreed, ...)" as a Message (``Project.version``'s KeyError
    says the same in English only)."""
    return Message("no version %1 (versions: %2)", repr(name), ", ".join(project.versions))


class PrintError(ZoneEditorError):
    """A sheet cannot be made as asked (unknown version, no diff engine, empty map...)."""


def version_extent(version: Version) -> tuple[float, float, float, float] | None:
    """The lon/lat box of a version's features, or None when it has none."""
    geoms = [f.geometry for f in version if not f.geometry.is_empty]
    if not geoms:
        return None
    w, s, e, n = shapely.total_bounds(geoms).tolist()
    return (w, s, e, n)


def zone_pages(version: Version) -> list[tuple[str, tuple[float, float, float, float], str]]:
    """(zone name, extent, zone id) for each non-empty zone, in layer order: the per-zone
    pages."""
    out = []
    for f in version.layer(LayerKind.ZONES):
        if f.geometry.is_empty:
            continue
        w, s, e, n = f.geometry.bounds
        out.append((f.label, (w, s, e, n), f.id))
    return out


def frame_viewport(frame: QRectF, extent: tuple[float, float, float, float],
                   scale: int | None, dpi: float) -> Viewport:
    """The viewport of a map frame of ``frame`` device pixels showing ``extent``.

    With ``scale`` the view is centred on the extent at 1:``scale`` (true at the centre);
    otherwise the extent is fitted whole with a small margin — fitted in the PDF's pixels
    (``PDF_RESOLUTION``) and carried to ``dpi``, so one sheet has one scale on every device:
    fitted in whole pixels of a 40 dpi preview it came out 0.1 % off the PDF's.
    """
    from zoneeditor.render.print_output import PDF_RESOLUTION

    factor = dpi / PDF_RESOLUTION
    fitted = Viewport.fit(extent, max(1, round(frame.width() / factor)),
                          max(1, round(frame.height() / factor)), margin=FIT_MARGIN,
                          dpi=PDF_RESOLUTION)
    view = replace(fitted, ppd=fitted.ppd * factor, width=max(1, round(frame.width())),
                   height=max(1, round(frame.height())), dpi=dpi)
    if scale is not None:
        view = view.with_scale(scale)
    return view


def print_style(dpi: float) -> MapStyle:
    """The map style for a device of ``dpi``: screen sizes scaled to the same physical size."""
    return replace(MapStyle(), scale=dpi / 96.0)


@dataclass
class DiffSetup:
    """The comparison printed on a sheet: the diff report and the version compared with.
    The overlay (``render.diff_overlay``) is imported when a comparison is printed."""

    report: DiffReport
    against: Version

    def overlay(self, style: MapStyle) -> Callable[[QPainter, Viewport], None]:
        """A ``Scene.overlays`` callable painting the diff with sizes scaled for ``style``.

        On paper the overlay's own area labels are turned off (``min_label_px`` infinite):
        they are placed without regard to the map's labels and collide with them at
        whole-country scales. The sheet shows lettered markers that avoid the map's labels
        instead, and the figures in its Changes block.
        """
        diff_style = replace(self._style(style), min_label_px=math.inf)
        return _DiffPaint(self.report, diff_style)

    def legend(self, style: MapStyle) -> list[tuple[str, str]]:
        """(label, colour) rows explaining the overlay's colours."""
        from zoneeditor.render.diff_overlay import legend_entries

        return list(legend_entries(self._style(style)))

    @staticmethod
    def _style(style: MapStyle) -> DiffStyle:
        from zoneeditor.render.diff_overlay import DEFAULT_STYLE

        return DEFAULT_STYLE.scaled(style.scale)


@dataclass(frozen=True)
class _DiffPaint(MapComparison):
    """The diff overlay's paint call for one sheet (``DiffSetup.overlay``); ``paint_map``
    passes it the map's label rectangles to avoid, and reads back in ``placed`` where its
    own labels went (a shift's "10.1 km"), so the change markers drawn later avoid them.
    What the map leaves visible for it (``keep_clear``, ``keep_off``) is the window's
    (``render.map_comparison``)."""

    placed: list[QRectF] = field(default_factory=list, compare=False)

    def __call__(self, painter: QPainter, viewport: Viewport,
                 avoid: Sequence[QRectF] = ()) -> None:
        from zoneeditor.render.diff_overlay import paint_diff
        from zoneeditor.render.print_changes import listed_pieces, marked_pieces

        # The sheet letters its listed pieces of land A, B, …: the overlay's own markers
        # (a shift's figure with no room) take the letters after them, never the same.
        first = marked_pieces(listed_pieces(self.report))
        callouts = paint_diff(painter, viewport, self.report, self.style, avoid=avoid,
                              first_mark=first)
        self.placed[:] = [r for c in callouts for r in (c.rect, c.marker) if r is not None]


def diff_setup(project: Project, version: Version, against_name: str,
               gazetteer=None) -> DiffSetup:
    """Compare ``version`` with the version ``against_name`` (once per print job).

    Raises PrintError with a clear message when the version is unknown: a sheet is never
    printed silently without the asked-for overlay.
    """
    try:
        against = project.version(against_name)
    except KeyError:
        raise PrintError(Message("cannot compare: %1", no_version(project, against_name))
                         ) from None
    from zoneeditor.core.diff import diff_versions

    return DiffSetup(diff_versions(against, version, gazetteer), against)


def paint_map(painter: QPainter, frame: QRectF, viewport: Viewport, project: Project,
              version: Version, style: MapStyle,
              overlays: tuple[Callable[[QPainter, Viewport], None], ...] = (),
              basemap=None, gazetteer=None, labels: str = "en",
              look: MapLook | None = None,
              callouts: dict[str, int] | None = None,
              references: tuple = ()) -> list[QRectF]:
    """Paint the map of ``version`` into ``frame`` with the shared renderer, clipped to it.

    ``labels`` is the Scene's label language: "en" or "local" (Arabic names); ``look`` the
    layers' visibility, opacity and order as in the window. ``callouts`` (zone id -> number
    in the sheet's zone key) gives every zone whose label has no room a numbered callout;
    ``references`` are the reference layers drawn under the project
    (``render.reference_painter``).
    Returns the rectangles (map-frame pixels) of the feature labels and callouts placed, of
    the town and country names, of the point symbols and of the diff overlay's own labels,
    so marks added on top (the change markers) can avoid them.
    """
    from zoneeditor.render.map_painter import MapPainter
    from zoneeditor.render.scene import DEFAULT_ORDER, Scene

    look = look or MapLook()
    order = (tuple(LayerKind(k) for k in look.layer_order) if look.layer_order
             else DEFAULT_ORDER)
    scene = Scene(project=project, version=version.name,
                  baseline_underlay=(look.baseline_underlay and not version.is_agreed
                                     and not overlays),
                  hidden_layers=frozenset(look.hidden_layers), opacity=dict(look.opacity),
                  layer_order=order, show_vertices=False, basemap=basemap,
                  gazetteer=gazetteer, show_towns=look.show_towns, overlays=overlays,
                  label_language=labels, references=tuple(references))
    map_painter = MapPainter(style)
    # the names leave the diff's shift arrows free and keep off its changed areas (both
    # drawn later, over the map)
    diffs = [o for o in overlays if isinstance(o, _DiffPaint)]
    changed = [a for o in diffs for a in o.keep_off(viewport)]
    placed = map_painter.feature_labels(
        viewport, scene, keep_clear=[r for o in diffs for r in o.keep_clear(viewport)],
        keep_off=changed)
    marks = map_painter.zone_callouts(viewport, scene, placed, callouts) if callouts else []
    if overlays:
        # Overlays that can avoid the map's labels (the diff's shift labels) are told where
        # they are, so nothing on the sheet is printed over a name.
        rects = [label.rect for label in placed]
        scene = replace(scene, overlays=tuple(
            partial(o, avoid=rects) if isinstance(o, _DiffPaint) else o
            for o in overlays))
    painter.save()
    painter.setClipRect(frame)
    painter.translate(frame.topLeft())
    names: list[QRectF] = []  # town and country names: the change markers avoid them too
    if not overlays:
        names = map_painter.paint_static(painter, viewport, scene, placed)
        map_painter.paint_dynamic(painter, viewport, scene, placed)
    else:
        # The same passes as MapPainter.paint, except that the point symbols and the
        # feature labels are drawn after the overlays: the diff's hatching and dashed old
        # boundaries would otherwise run over the posts and the names of the zones and
        # posts, which must stay legible on paper.
        # town and country names are placed now: the overlays keep clear of them too, and
        # a town's name keeps off the changed land (left out when it has no other side)
        # ... and the towns the comparison's report names come first, so the reader finds
        # the town a sentence sends them to ("near Mūrak")
        first = [t for o in diffs for t in o.towns(gazetteer)]
        names = map_painter.paint_static(painter, viewport, scene, placed, changed, first)
        rects.extend(names)
        # (the hatching of a changed area hid the triangle of a post standing on it); the
        # window's cached images draw the same passes around its comparison
        paint_under(map_painter, painter, viewport, scene)
        map_painter.paint_transient(painter, viewport, scene)  # the overlays
        paint_over(map_painter, painter, viewport, scene, placed)
    map_painter.draw_callouts(painter, marks)
    painter.restore()
    return ([label.rect for label in placed] + [m.rect for m in marks] + list(names)
            + map_painter.point_symbol_rects(viewport, scene)
            + [r for o in overlays if isinstance(o, _DiffPaint) for r in o.placed])

