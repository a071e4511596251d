"""A change's marker can never be taken for a zone's callout, in any language.

An outside tester's A3 comparison showed a circled "2" on Eastern Ghouta (the second piece
of land changing hands) while zone 2 of the key is Northern Hama, and a circled "1" on
Idlib's edge beside the key's "1 Idlib": both kinds of marker were numbers in white circles.
Now the zone key keeps the numbers and white circles, and a change is a letter in a dark
square. Texts and shapes here are the renderer's own: the zone callout drawn by
``MapPainter.draw_callouts``, the printed piece drawn by ``paint_change_markers`` and the
letters of ``change_mark`` in each interface language.
"""

from __future__ import annotations

import unicodedata

import pytest
import shapely
from conftest import project_with, zone
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from zoneeditor import i18n
from zoneeditor.core.diff import diff_versions
from zoneeditor.core.model import Version
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.change_marks import change_mark, mark_letters
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.print_changes import change_lines, paint_change_markers
from zoneeditor.render.print_map import print_style
from zoneeditor.render.print_zonetable import ZoneTableBlock, zone_rows
from zoneeditor.render.scene import Scene

DPI = 300.0

#: Letters that read as digits next to the zone key's numbers: Latin I and O, Cyrillic З, О
#: and Ч (left out of list letters by ГОСТ 2.105 for that reason), Arabic bare alif (a "1")
#: and bare ha (beside the Arabic-Indic five).
DIGIT_LOOKALIKES = set("IOlЗОЧاه٥")

#: How each language's marks begin: the order its own lists use.
FIRST_MARKS = {"en": ["A", "B", "C", "D"], "ru": ["А", "Б", "В", "Г"],
               "ar": ["أ", "ب", "ج", "د"]}


@pytest.fixture
def language(qapp, request):
    """The interface language the test is parametrised with, English again afterwards."""
    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, "en")


def _handed_over(count: int):
    """A diff in which ``count`` zones pass from party A to party B: ``count`` pieces of
    land changing hands, and the project they belong to."""
    zones = [zone(f"z{k}", shapely.box(36 + k, 34, 36.5 + k, 34.1 + 0.05 * k),
                  name=f"Zone {k}", party="A") for k in range(count)]
    project = project_with(agreed=zones)
    new = Version("P", {z.id: z.with_attributes(party="B") for z in zones})
    return project, diff_versions(project.agreed, new)


@pytest.mark.parametrize("language", ["en", "ar", "ru"], indirect=True)
def test_change_marks_are_letters_no_zone_number_can_be_read_as(language):
    project, report = _handed_over(6)
    zone_texts = {str(n) for n in ZoneTableBlock(zone_rows(project, project.agreed),
                                                 1.0, 4.0).numbers.values()}
    assert zone_texts == {"1", "2", "3", "4", "5", "6"}
    listed = [row.mark for row in change_lines(report) if row.mark]
    assert listed[:4] == FIRST_MARKS[language]
    assert listed == [change_mark(i) for i in range(len(listed))]
    # far past the alphabet (a window's overlay key may hold many): still letters, unique
    marks = [change_mark(i) for i in range(3 * len(mark_letters()))]
    assert len(set(marks)) == len(marks)
    for mark in marks:
        assert all(unicodedata.category(ch).startswith("L") for ch in mark), mark
    # marks are made of these letters (Arabic ha is the letter written هـ, not a bare ه)
    assert not set(mark_letters()) & DIGIT_LOOKALIKES
    assert not zone_texts & set(marks)


def _luminance(image: QImage, x: float, y: float) -> float:
    c = QColor(image.pixel(round(x), round(y)))
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def _corners(rect: QRectF, inset: float) -> list[QPointF]:
    """Four points ``inset`` (a share of the side) in from ``rect``'s corners."""
    dx, dy = rect.width() * inset, rect.height() * inset
    return [QPointF(rect.left() + dx, rect.top() + dy), QPointF(rect.right() - dx, rect.top() + dy),
            QPointF(rect.left() + dx, rect.bottom() - dy),
            QPointF(rect.right() - dx, rect.bottom() - dy)]


def _dark_share(image: QImage, rect: QRectF) -> float:
    """The share of pixels inside ``rect`` darker than mid-grey."""
    xs = range(int(rect.left()) + 1, int(rect.right()))
    ys = range(int(rect.top()) + 1, int(rect.bottom()))
    dark = sum(1 for y in ys for x in xs if _luminance(image, x, y) < 128)
    return dark / (len(xs) * len(ys))


def test_a_change_marker_and_a_zone_callout_differ_in_shape_and_colour(qapp):
    side = round(3 * DPI)
    image = QImage(2 * side, side, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    # a zone too small for its name: the renderer's numbered callout (left half)
    pocket = zone("p", shapely.box(36.0, 35.0, 36.004, 35.004), name="Tiny pocket")
    renderer = MapPainter(print_style(DPI))
    scene = Scene(project=project_with(agreed=[pocket]), version="agreed",
                  show_vertices=False, label_language="en")
    view = Viewport.fit((35.9, 34.9, 36.1, 35.1), side, side, dpi=DPI)
    callouts = renderer.zone_callouts(view, scene, [], {"p": 2})
    renderer.draw_callouts(painter, callouts)
    # a piece of land changing hands: the sheet's marker (right half)
    _, report = _handed_over(1)
    painter.translate(side, 0)
    markers = paint_change_markers(painter, Viewport.fit((35.8, 33.8, 36.7, 34.3), side, side,
                                                         dpi=DPI),
                                   report, [], 1.0, DPI / 25.4)
    painter.end()
    assert len(callouts) == 1 and len(markers) == 1
    circle, square = callouts[0].rect, markers[0].translated(side, 0)
    # a circle leaves its box's corners to the map (white here), ring included; a square
    # (its corners barely rounded) covers them with its dark fill
    assert all(_luminance(image, p.x(), p.y()) > 200 for p in _corners(circle, 0.06))
    assert all(_luminance(image, p.x(), p.y()) < 80 for p in _corners(square, 0.12))
    # a white circle with a dark ring and number (less than half its box dark, 0.47 when
    # written), a dark square with a white letter (0.83)
    assert _dark_share(image, circle) < 0.6
    assert _dark_share(image, square) > 0.7
