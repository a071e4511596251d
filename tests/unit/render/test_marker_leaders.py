"""Numbered markers (printed change pieces, zone callouts) that move off their place point
back with a leader line: the line is not drawn through a name when another place is free
(a new user saw a change marker's line cross "ريف حماة الشمالي" on an Arabic sheet)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF

from zoneeditor.render.labels import marker_square, segment_meets

#: A name just above the place, an earlier marker's box just below it, a point symbol on it.
NAME = QRectF(60, 85, 80, 12)
BELOW = QRectF(70, 101, 60, 25)
SYMBOL = QRectF(95, 95, 10, 10)
TAKEN = (NAME, BELOW, SYMBOL)
FRAME = QRectF(0, 0, 400, 400)


def fits(rect: QRectF) -> bool:
    return FRAME.contains(rect) and not any(rect.intersects(r) for r in TAKEN)


def leader(rect: QRectF) -> QLineF:
    return QLineF(QPointF(100, 100), rect.center())


def test_the_leader_goes_round_the_name_when_a_place_allows():
    crossing = marker_square(100, 100, 10, 6, fits)  # what the placement did before
    assert segment_meets(leader(crossing), NAME)
    clear = marker_square(100, 100, 10, 6, fits, keep_clear=[NAME])
    assert fits(clear) and not segment_meets(leader(clear), NAME)


def test_with_no_clear_place_the_first_free_one_is_taken():
    # names all round the place, close to it: every leader crosses one
    walled = (QRectF(80, 91, 40, 2), QRectF(80, 107, 40, 2), QRectF(91, 80, 2, 40),
              QRectF(107, 80, 2, 40))
    got = marker_square(100, 100, 10, 3, fits, keep_clear=walled)
    assert got == marker_square(100, 100, 10, 3, fits)
    assert fits(got)


def test_a_name_over_the_place_itself_does_not_count():
    """Every leader starts on the place: a point symbol there is no reason to look further."""
    on_it = QRectF(96, 96, 8, 8)
    assert marker_square(100, 100, 10, 6, fits, keep_clear=[on_it]) == \
        marker_square(100, 100, 10, 6, fits)


def test_segment_meets_a_rectangle_it_crosses_or_ends_in():
    box = QRectF(10, 10, 10, 10)
    assert segment_meets(QLineF(0, 15, 30, 15), box)      # through it
    assert segment_meets(QLineF(0, 0, 15, 15), box)       # ends inside
    assert not segment_meets(QLineF(0, 0, 30, 0), box)    # passes by
    assert not segment_meets(QLineF(0, 30, 30, 30), box)
