"""Screen labels are drawn from glyph runs shaped once: the very pixels of the former
``drawText`` per halo copy, for Latin names with diacritics, Arabic, mixed-direction names,
spaced capitals, in a left-to-right and a right-to-left painter, and on a HiDPI device
(where the copies are drawn with ``drawText`` as before). The towns' pass, its screen
positions computed all at once and its pens set once, draws the frame the town-by-town
loop drew."""

from __future__ import annotations

import random

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from zoneeditor.core.model import Project
from zoneeditor.core.naming import isolate
from zoneeditor.core.viewport import Viewport
from zoneeditor.io.gazetteer import load_gazetteer
from zoneeditor.render.fonts import label_font, register_fonts
from zoneeditor.render.labels import LabelSpace, TextPainter, _ring, is_rtl
from zoneeditor.render.map_names import place_label, town_threshold
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene
from zoneeditor.render.style import SCREEN_STYLE

W, H = 900, 700
SYRIA = (35.5, 32.3, 42.4, 37.3)
HALO, INK, LAND = QColor("#ffffff"), QColor("#404040"), QColor("#f4f1ea")


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture(scope="module")
def names(qapp, gazetteer) -> list[str]:
    register_fonts()
    towns = gazetteer.within(34.0, 31.0, 44.0, 38.0, 0)[:150]
    arabic = [t.name_ar for t in towns if t.name_ar][:60]
    mixed = [f"{t.name} · {isolate(t.name_ar)}" for t in towns if t.name_ar][:20]
    odd = ["Izra‘", "(Idlib)", "Kafr Nubl 2", "إدلب (Idlib)", "Dayr Ḩāfir", "1-2", "",
           "Two\nlines", "Tab\there", "Zero\u200bwidth", "Soft\u00adhyphen", "ﻻ ﷲ", "e\u0301"]
    return [t.name for t in towns] + arabic + mixed + odd


def _image(ratio: float = 1.0) -> QImage:
    image = QImage(int(W * ratio), int(H * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(LAND)
    return image


def _drawtext_ring(painter: QPainter, text: str, font: QFont, origin: QPointF) -> None:
    """The former screen label: thirteen drawText calls (the reference)."""
    painter.save()
    painter.setFont(font)
    painter.setPen(HALO)
    for offset in _ring(1.0):
        painter.drawText(origin + offset, text)
    painter.setPen(INK)
    painter.drawText(origin, text)
    painter.restore()


def _fonts() -> dict[str, QFont]:
    country = label_font(10.0, bold=True)
    country.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
    country.setCapitalization(QFont.Capitalization.AllUppercase)
    return {"town": label_font(7.5), "country": country, "feature": label_font(9.0, bold=True)}


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
@pytest.mark.parametrize("kind", ["town", "country", "feature"])
def test_glyph_run_labels_have_the_pixels_of_drawtext(names, kind, direction, ratio):
    font = _fonts()[kind]
    text = TextPainter(raster=True)
    rng = random.Random(7)
    # anywhere, some across the image's edges (those are drawn with drawText still)
    anchors = [QPointF(rng.uniform(-60, W + 10), rng.uniform(-5, H + 5)) for _ in names]
    aligns = [rng.choice(("right", "left", "center", "above")) for _ in names]
    images = []
    for draw in ("glyph runs", "drawText"):
        image = _image(ratio)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setLayoutDirection(direction)
        for name, anchor, align in zip(names, anchors, aligns, strict=True):
            if draw == "drawText":
                _, r = text.shaped(name, font)
                _drawtext_ring(painter, name, font, text._origin(r, anchor, align))
            else:
                text.draw(painter, name, font, anchor, INK, HALO, 2.0, align)
        painter.end()
        images.append(image)
    assert images[0] == images[1]
    pixels = np.frombuffer(images[0].constBits(), np.uint32)
    assert ((pixels & 0xFF) < 0x90).sum() > 500  # dark text was drawn, not two blank images
    assert (pixels == HALO.rgba()).sum() > 500  # and its halo


def _old_towns(painter: QPainter, viewport: Viewport, scene: Scene, text: TextPainter,
               space: LabelSpace) -> None:
    """The towns' pass written town by town (the reference for the frame): each name on
    its script's side of the dot, else the other side, else (a side being cut by the map's
    edge) above the dot, else below it, else left out with its dot; the dot and the name
    whole inside the view less the style's edge margin."""
    gaz = scene.gazetteer
    assert gaz is not None
    style = SCREEN_STYLE
    x0, y0, x1, y1 = viewport.bounds
    towns = gaz.within(x0, max(-90, y0), x1, min(90, y1), town_threshold(viewport.ppd))
    font = label_font(style.town_font_pt * style.scale)
    r = style.px(2.0)
    m = style.px(style.edge_margin)
    frame = QRectF(m, m, viewport.width - 2 * m, viewport.height - 2 * m)
    for town in towns[:400]:
        sx, sy = viewport.to_screen(town.lon, town.lat)
        name = place_label(town, scene)
        dot_rect = QRectF(sx - r, sy - r, 2 * r, 2 * r)
        if not frame.contains(dot_rect):
            continue
        sides = [is_rtl(name), not is_rtl(name)]
        placed = None
        for left in sides:
            anchor = QPointF(sx - r - 3, sy) if left else QPointF(sx + r + 3, sy)
            align = "left" if left else "right"
            rect = text.rect_at(name, font, anchor, align)
            if frame.contains(rect):
                placed = anchor, align, rect
                break
        h = rect.height()
        for dy in ((-1, 1) if placed is None else ()):  # above, then below
            anchor = QPointF(sx, sy + dy * (r + 3 + h / 2))
            rect = text.rect_at(name, font, anchor, "center")
            if frame.contains(rect):
                placed = anchor, "center", rect
                break
        if placed is None:
            continue
        anchor, align, rect = placed
        if not (space.is_free(dot_rect) and space.is_free(rect)):
            continue
        space.take(dot_rect)
        space.take(rect)
        painter.setPen(QPen(QColor(style.halo), style.px(1.0)))
        painter.setBrush(QColor(style.town_dot))
        painter.drawEllipse(dot_rect)
        _drawtext_ring_at(painter, text, name, font, anchor, align)


def _drawtext_ring_at(painter: QPainter, text: TextPainter, name: str, font: QFont,
                      anchor: QPointF, align: str) -> None:
    """A town's name as the former renderer drew it: thirteen drawText calls."""
    _, r = text.shaped(name, font)
    origin = text._origin(r, anchor, align)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(SCREEN_STYLE.halo))
    for offset in _ring(max(1.0, SCREEN_STYLE.px(2.0) / 2.0)):
        painter.drawText(origin + offset, name)
    painter.setPen(QColor(SCREEN_STYLE.town_label))
    painter.drawText(origin, name)
    painter.restore()


@pytest.mark.parametrize("language", ["en", "local", "both"])
def test_towns_pass_draws_the_frame_of_the_town_by_town_loop(qapp, gazetteer, language):
    register_fonts()
    viewport = Viewport.fit(SYRIA, W, H, margin=0.0)
    scene = Scene(Project(), gazetteer=gazetteer, label_language=language, language="ar")
    images = []
    for old in (False, True):
        image = _image()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if old:
            _old_towns(painter, viewport, scene, TextPainter(raster=True), LabelSpace())
        else:
            MapPainter(raster_labels=True)._paint_towns(painter, viewport, scene, LabelSpace())
        painter.end()
        images.append(image)
    assert images[0] == images[1]
    pixels = np.frombuffer(images[0].constBits(), np.uint32)
    assert (pixels == QColor(SCREEN_STYLE.halo).rgba()).sum() > 2000  # many towns drawn
