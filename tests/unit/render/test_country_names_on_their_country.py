"""A country's name is written over that country, not over its neighbour.

The English window on the sample (1366x768, 1:2,860,000) wrote "IRAQ" south-east of the
tri-border at Rukban, half of it over Jordan: the name was centred on a point of the sliver
of Iraq the view showed, and nothing asked where the rest of the name fell. On a map that
negotiates where a line runs, a country's name over the wrong side of a border misleads.
Every country name drawn keeps at most ``MAX_ON_NEIGHBOURS`` of itself over other countries
(a corner may touch one near a border); the sea does not count.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from zoneeditor.core.viewport import Viewport
from zoneeditor.io.basemap import load_basemap
from zoneeditor.io.gazetteer import load_gazetteer
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.label_spots import share_on_any
from zoneeditor.render.labels import TextPainter
from zoneeditor.render.map_names import MAX_ON_NEIGHBOURS
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene

BASEMAP = load_basemap()
GAZETTEER = load_gazetteer()
BY_NAME = {c.name: c for c in BASEMAP.countries}

#: Map areas of the window at 1366x768 (its map dock in English) and at a larger screen.
SIZES = [(680, 610), (1000, 700)]
#: Views over the Levant and its neighbours at the window's scales (pixels per degree).
CENTRES = [(37.6, 34.4), (38.4, 33.6), (36.0, 32.0), (39.5, 35.0), (35.5, 36.5)]
SCALES = [120.0, 150.0, 60.0]


@pytest.fixture(scope="module")
def project():
    return read_project(sample_path())


def country_names_drawn(project, viewport: Viewport, monkeypatch) -> list[tuple[str, QRectF]]:
    """(country, rectangle) of every country name the map painter draws in ``viewport``."""
    drawn: list[tuple[str, QRectF]] = []
    draw = TextPainter.draw

    def spy(self, painter, text, font, anchor, colour, halo, halo_width=3.0, align="center"):
        if text in BY_NAME and font.capitalization() == font.Capitalization.AllUppercase:
            drawn.append((text, self.rect_at(text, font, anchor, align)))
        return draw(self, painter, text, font, anchor, colour, halo, halo_width, align)

    monkeypatch.setattr(TextPainter, "draw", spy)
    scene = Scene(project=project, version="Proposal B", basemap=BASEMAP, gazetteer=GAZETTEER)
    image = QImage(viewport.width, viewport.height, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        MapPainter().paint(painter, viewport, scene)
    finally:
        painter.end()
    return drawn


@pytest.mark.parametrize("size", SIZES)
def test_every_country_name_lies_on_its_country(qapp, project, monkeypatch, size):
    seen = 0
    wrong = []
    for (lon, lat), ppd in itertools.product(CENTRES, SCALES):
        viewport = Viewport(lon, lat, ppd, size[0], size[1], ref_lat=lat)
        for name, rect in country_names_drawn(project, viewport, monkeypatch):
            seen += 1
            others = [c.geometry for c in BASEMAP.countries if c.name != name]
            share = share_on_any(others, rect, viewport)
            if share > MAX_ON_NEIGHBOURS:
                wrong.append((name, (lon, lat, ppd), round(share, 2)))
    assert seen > 20  # the views do name countries
    assert wrong == [], wrong


def test_the_window_s_view_names_no_country_over_jordan(qapp, project, monkeypatch):
    """The view the outside check saw: IRAQ was drawn across the border into Jordan."""
    jordan = BY_NAME["Jordan"].geometry
    viewport = Viewport(37.64, 34.37, 118.6, 680, 610, ref_lat=34.37)
    for name, rect in country_names_drawn(project, viewport, monkeypatch):
        if name != "Jordan":
            assert share_on_any([jordan], rect, viewport) <= MAX_ON_NEIGHBOURS, name
