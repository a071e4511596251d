"""``MapImageCache``: the map as rendered images, reused between frames, repainted in part.

An interactive map cannot paint every country and zone on every frame. The cache keeps three
images of the view it was last rendered for:

- **background**: sea and country outlines (``MapPainter.paint_background``); no edit
  changes it;
- **names**: country names and towns (``MapPainter.paint_names``), which make room for the
  feature labels and so change when a feature label moves;
- **layers**: the names image plus the project layers and feature labels
  (``MapPainter.paint_layers``);
- **over**, only while a comparison is shown (``update(..., comparison=)``): the point
  symbols and feature labels, left out of the layers image then and drawn by the canvas over
  the comparison's overlay (``draw_over``); names keep off its changed land
  (``render.map_comparison``, as on paper). Another comparison re-renders the images.

While the view moves, ``draw`` shows them shifted and scaled; once it is still, ``update``
re-renders them for the new view. After an edit (``invalidate()``, the default), ``update``
does not re-render the layers image whole: it compares what the image shows (the features of
the shown version and of the baseline underlay, *by object*: features are immutable, an edit
replaces them) with the scene, and repaints in place only the region the edit changed (the
old and new extent of each replaced, added or removed feature, the rectangles of labels that
moved, appeared or went, and the tiles where the names image changed), clipped, with the
same paths drawn in the same order: the same pixels as a full render. Labels are placed
again only when a changed feature's label could differ. A change of view, layer settings or
party colours, or an edit covering over half the view, re-renders the whole image.

The cache knows nothing of widgets: the canvas gives it a ``Scene``, a ``Viewport`` and its
device pixel ratio, and draws the images with ``draw``. Tests use it on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QRegion
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.model import AGREED, Feature
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.map_comparison import (
    WINDOW_LEADER_HEIGHTS,
    MapComparison,
    paint_over,
    paint_under,
)
from zoneeditor.render.map_labels import PlacedLabel
from zoneeditor.render.map_painter import AREA_PAD, MapPainter
from zoneeditor.render.scene import Scene

#: Edge of the squares in which the names image is compared after an edit (logical pixels).
TILE = 32
#: An edit whose area covers more than this share of the view re-renders the whole image.
FULL_RENDER_SHARE = 0.5

FeaturePair = tuple[Feature | None, Feature | None]


class MapImageCache:
    """Background, names and layers images of one map view; see the module documentation.

    ``painter`` may be replaced (a benchmark gives a fresh one); call ``invalidate(True)``
    after replacing it.
    """

    def __init__(self, painter: MapPainter) -> None:
        self.painter = painter
        self._background: QPixmap | None = None
        self._background_vp: Viewport | None = None
        self._background_dirty = True
        self._layers: QPixmap | None = None
        self._layers_vp: Viewport | None = None
        self._layers_dirty = True
        self._layers_full = True  # False: after an edit, repaint only what changed
        self._shown: _Shown | None = None
        self._names: QPixmap | None = None
        self._names_key: tuple | None = None
        self._names_rects: list[QRectF] = []
        self._over: QPixmap | None = None  # points and labels over a comparison

    # -- what is cached -------------------------------------------------------------------------
    @property
    def layers_image(self) -> QPixmap | None:
        """The layers image (names, project layers, feature labels), None before the first
        ``update``. An edit repaints it in place: the same object."""
        return self._layers

    @property
    def labels(self) -> list[PlacedLabel]:
        """The feature labels placed in the layers image (empty before the first update)."""
        return list(self._shown.labels) if self._shown is not None else []

    @property
    def names_rects(self) -> list[QRectF]:
        """The rectangles the names image's country names, place names and towns take
        (``MapPainter.paint_names``), in the pixels of ``layers_viewport``."""
        return list(self._names_rects)

    @property
    def layers_viewport(self) -> Viewport | None:
        """The view the layers image (and ``labels``, ``names_rects``) was rendered for."""
        return self._layers_vp

    def is_current(self, viewport: Viewport) -> bool:
        """True when both images were rendered for ``viewport`` (nothing to re-render once
        the view stops moving)."""
        return self._background_vp == viewport and self._layers_vp == viewport

    # -- invalidating ---------------------------------------------------------------------------
    def invalidate(self, everything: bool = False) -> None:
        """The layers changed (an edit): the next ``update`` repaints what changed. With
        ``everything``, re-render all three images (view size, layer settings, basemap,
        finer level-of-detail paths)."""
        self._layers_dirty = True
        if everything:
            self._background_dirty = True
            self._layers_full = True
            self._names = None

    # -- rendering ------------------------------------------------------------------------------
    def update(self, viewport: Viewport, scene: Scene, ratio: float = 1.0,
               moving: bool = False, comparison: MapComparison | None = None) -> None:
        """Re-render what is out of date for ``viewport``: what was invalidated, and, unless
        the view is ``moving``, images made for another view. ``ratio`` is the device pixel
        ratio of the widget the images are drawn on. ``comparison``: the one drawn over the
        map now, if any (see the module documentation); another than the images were made
        for re-renders the layers."""
        if self._background_dirty or self._background is None or (
            not moving and self._background_vp != viewport
        ):
            self._render_background(viewport, scene, ratio)
        shown = self._shown
        if self._layers_dirty or self._layers is None or (
            not moving and self._layers_vp != viewport
        ) or (shown is not None and shown.comparison is not comparison):
            self._render_layers(viewport, scene, ratio, comparison)

    def draw(self, painter: QPainter, viewport: Viewport) -> None:
        """Draw the background and layers images, shifted and scaled to where their map is
        in ``viewport`` (the caller fills the sea around them first)."""
        _draw_shifted(painter, viewport, self._background, self._background_vp)
        _draw_shifted(painter, viewport, self._layers, self._layers_vp)

    def draw_over(self, painter: QPainter, viewport: Viewport) -> None:
        """Draw the point symbols and feature labels made for the comparison shown, if any,
        shifted and scaled as ``draw`` draws the layers: the canvas calls this after the
        comparison's overlay."""
        _draw_shifted(painter, viewport, self._over, self._layers_vp)

    def _render_background(self, vp: Viewport, scene: Scene, ratio: float) -> None:
        pix = _new_pixmap(vp, ratio, transparent=False)
        p = QPainter(pix)
        try:
            self.painter.paint_background(p, vp, scene)
        finally:
            p.end()
        self._background, self._background_vp, self._background_dirty = pix, vp, False

    def _render_layers(self, vp: Viewport, scene: Scene, ratio: float,
                       comparison: MapComparison | None) -> None:
        """Full render, or an in-place repaint of the region an edit changed."""
        shown = _Shown.of(vp, scene, ratio, comparison)
        # what a comparison's overlay must keep visible: once per render, never per frame
        keep_off = comparison.keep_off(vp) if comparison is not None else []
        old = self._shown
        changed: list[FeaturePair] | None = None
        if (not self._layers_full and self._layers is not None and old is not None
                and old.key == shown.key):
            changed = shown.changes_from(old)
        if changed is not None and old is not None and old.selection == shown.selection \
                and all(self._same_label(a, b, scene) for a, b in changed):
            labels = old.labels  # nothing a label depends on changed
        elif comparison is not None:
            labels = self.painter.feature_labels(vp, scene, comparison.keep_clear(vp), keep_off,
                                                 WINDOW_LEADER_HEIGHTS)
        else:
            labels = self.painter.feature_labels(vp, scene)
        shown.labels = labels
        names_area = self._render_names(vp, scene, ratio, labels, incremental=changed is not None,
                                        comparison=comparison, keep_off=keep_off)
        area = None
        if changed is not None and old is not None and names_area is not None:
            area = self._changed_area(vp, changed, old.labels, labels, names_area)
        if area is not None:
            if not area.isEmpty():
                self._repaint_area(vp, scene, labels, area, comparison)
        else:
            pix = _new_pixmap(vp, ratio, transparent=True)
            p = QPainter(pix)
            try:
                assert self._names is not None
                p.drawPixmap(0, 0, self._names)
                if comparison is None:
                    self.painter.paint_layers(p, vp, scene, labels)
                else:
                    paint_under(self.painter, p, vp, scene)
            finally:
                p.end()
            self._layers = pix
            self._over = None
            if comparison is not None:
                self._over = _new_pixmap(vp, ratio, transparent=True)
                p = QPainter(self._over)
                try:
                    paint_over(self.painter, p, vp, scene, list(labels))
                finally:
                    p.end()
        self._layers_vp, self._layers_dirty, self._layers_full = vp, False, False
        self._shown = shown

    def _render_names(self, vp: Viewport, scene: Scene, ratio: float,
                      labels: Sequence[PlacedLabel], incremental: bool,
                      comparison: MapComparison | None = None,
                      keep_off: Sequence[BaseGeometry] = ()) -> QRegion | None:
        """Re-render the names image when what it depends on changed; returns where it
        changed after an edit (empty: nowhere; None: cannot tell, render everything).
        Town names keep off ``keep_off``, the changed land of ``comparison``."""
        key = (vp, ratio, scene.show_towns, scene.show_basemap, scene.label_language,
               scene.basemap is not None, scene.gazetteer is not None, comparison,
               tuple((r.x(), r.y(), r.width(), r.height()) for r in (lab.rect for lab in labels)))
        if self._names is not None and key == self._names_key:
            return QRegion()
        names = _new_pixmap(vp, ratio, transparent=True)
        p = QPainter(names)
        try:
            first = comparison.towns(scene.gazetteer) if comparison is not None else ()
            self._names_rects = self.painter.paint_names(p, vp, scene, list(labels), keep_off,
                                                         first)
        finally:
            p.end()
        # after an edit, repaint where the names moved (not needed for a full render)
        area = changed_tiles(self._names, names) if incremental else None
        self._names, self._names_key = names, key
        return area

    def _same_label(self, a: Feature | None, b: Feature | None, scene: Scene) -> bool:
        """True when features ``a`` and ``b`` (old and new) get the same label, if any."""
        if a is None or b is None:
            return False
        return (a.geometry is b.geometry and a.layer == b.layer and a.party == b.party
                and self.painter.label_text(a, scene) == self.painter.label_text(b, scene))

    def _changed_area(self, vp: Viewport, changed: Sequence[FeaturePair],
                      old_labels: Sequence[PlacedLabel], new_labels: Sequence[PlacedLabel],
                      region: QRegion) -> QRegion | None:
        """Screen region an edit changed: the old and new extent of every feature that was
        replaced, added or removed, and of every label that moved, appeared or went, added
        to ``region`` (where the names image changed); None when so much changed that a
        full re-render is as cheap."""
        geoms = [f.geometry for pair in changed for f in pair if f is not None]
        rects = []
        pad = self.painter.style.px(AREA_PAD)
        view = QRectF(0, 0, vp.width, vp.height)
        if geoms:
            bounds = shapely.bounds(np.array(geoms, dtype=object))
            sx, tx, sy, ty = vp.affine()
            for x0, y0, x1, y1 in bounds:
                if np.isnan(x0):
                    continue
                r = QRectF(QPointF(x0 * sx + tx, y1 * sy + ty),
                           QPointF(x1 * sx + tx, y0 * sy + ty)).normalized()
                rects.append(r.adjusted(-pad, -pad, pad, pad))
        if new_labels is not old_labels:
            before = {label_key(lab): lab for lab in old_labels}
            after = {label_key(lab): lab for lab in new_labels}
            for k in before.keys() ^ after.keys():
                lab = before.get(k) or after[k]
                rects.append(lab.extent.adjusted(-pad, -pad, pad, pad))
        for r in rects:
            r = r.intersected(view)
            if not r.isEmpty():
                region = region.united(r.toAlignedRect())
        box = region.boundingRect()
        if box.width() * box.height() > FULL_RENDER_SHARE * vp.width * vp.height:
            return None
        return region

    def _repaint_area(self, vp: Viewport, scene: Scene, labels: Sequence[PlacedLabel],
                      area: QRegion, comparison: MapComparison | None) -> None:
        """Repaint ``area`` of the layers image (and of the over image while a comparison is
        shown) in place: clear it, then the names and the features and labels that reach
        into it, clipped to it (the same pixels as a full re-render: the same paths drawn
        in the same order)."""
        assert self._layers is not None and self._names is not None
        box = QRectF(area.boundingRect())
        p = _clear_area(self._layers, area)
        try:
            p.drawPixmap(0, 0, self._names)
            if comparison is None:
                self.painter.paint_layers(p, vp, scene, list(labels), area=box)
            else:
                paint_under(self.painter, p, vp, scene, area=box)
        finally:
            p.end()
        if comparison is not None and self._over is not None:
            p = _clear_area(self._over, area)
            try:
                paint_over(self.painter, p, vp, scene, list(labels), area=box)
            finally:
                p.end()


@dataclass
class _Shown:
    """What the layers image shows: the settings (``key``: any change means a full
    re-render), the features drawn (per version, by object), the selection (it orders the
    labels) and the placed labels."""

    key: tuple
    features: dict[str, dict[str, Feature]]
    selection: frozenset[str]
    comparison: MapComparison | None = None
    labels: list[PlacedLabel] = field(default_factory=list)

    @classmethod
    def of(cls, vp: Viewport, scene: Scene, ratio: float,
           comparison: MapComparison | None = None) -> _Shown:
        project = scene.project
        names = [scene.version]
        if scene.baseline_underlay and scene.version != AGREED:
            names.append(AGREED)
        features = {n: dict(project.versions[n].features) for n in names
                    if n in project.versions}
        key = (vp, ratio, id(project), project.meta, scene.version, scene.baseline_underlay,
               scene.hidden_layers, tuple(sorted(scene.opacity.items())), scene.layer_order,
               scene.show_labels, scene.label_language, tuple(features), comparison)
        return cls(key, features, frozenset(scene.selection), comparison)

    def changes_from(self, old: _Shown) -> list[FeaturePair]:
        """(old, new) for every feature replaced, added or removed since ``old``."""
        out: list[FeaturePair] = []
        for name, feats in self.features.items():
            before = old.features.get(name, {})
            for fid, f in feats.items():
                was = before.get(fid)
                if was is not f:
                    out.append((was, f))
            out.extend((f, None) for fid, f in before.items() if fid not in feats)
        return out


def changed_tiles(old: QPixmap | None, new: QPixmap, tile: int = TILE) -> QRegion | None:
    """Where two images of the same size differ, as a region of ``tile``-pixel squares
    (logical pixels); None when they cannot be compared (no old image, another size)."""
    if old is None or old.size() != new.size():
        return None
    a, b = _argb(old), _argb(new)
    h, w = a.shape
    th, tw = -(-h // tile), -(-w // tile)
    diff = np.zeros((th * tile, tw * tile), dtype=bool)
    diff[:h, :w] = a != b
    tiles = diff.reshape(th, tile, tw, tile).any(axis=(1, 3))
    ratio = new.devicePixelRatio()
    region = QRegion()
    for ty, tx in zip(*np.nonzero(tiles), strict=True):
        region = region.united(QRectF(tx * tile / ratio, ty * tile / ratio, tile / ratio,
                                      tile / ratio).toAlignedRect())
    return region


def label_key(label: PlacedLabel) -> tuple:
    """What makes two placed labels draw the same pixels (text, font, place, colour, and
    the symbol a leader line joins it to; the window's labels have none)."""
    r = label.rect
    lead = (label.leader.x(), label.leader.y()) if label.leader is not None else None
    return (label.text, label.font.key(), label.anchor.x(), label.anchor.y(),
            r.x(), r.y(), r.width(), r.height(), label.align, label.colour.rgba(), lead)


def _argb(pix: QPixmap) -> np.ndarray:
    img = pix.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    row = img.bytesPerLine() // 4
    return np.frombuffer(img.constBits(), dtype=np.uint32).reshape(
        img.height(), row)[:, :img.width()].copy()


def _clear_area(pix: QPixmap, area: QRegion) -> QPainter:
    """A painter on ``pix`` clipped to ``area``, which it has made transparent."""
    p = QPainter(pix)
    p.setClipRegion(area)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    p.fillRect(area.boundingRect(), Qt.GlobalColor.transparent)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    return p


def _new_pixmap(vp: Viewport, ratio: float, transparent: bool) -> QPixmap:
    pix = QPixmap(int(vp.width * ratio), int(vp.height * ratio))
    pix.setDevicePixelRatio(ratio)
    if transparent:
        pix.fill(Qt.GlobalColor.transparent)
    return pix


def _draw_shifted(painter: QPainter, vp: Viewport, pix: QPixmap | None,
                  old: Viewport | None) -> None:
    """Draw a cached image, shifted and scaled to where its map now is."""
    if pix is None or old is None:
        return
    if old == vp:
        painter.drawPixmap(0, 0, pix)
        return
    x0, y0 = vp.to_screen(*old.to_map(0, 0))
    x1, y1 = vp.to_screen(*old.to_map(old.width, old.height))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawPixmap(QRectF(x0, y0, x1 - x0, y1 - y0), pix,
                       QRectF(0, 0, pix.width(), pix.height()))
