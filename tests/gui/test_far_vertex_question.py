"""A vertex typed far off the drawing is asked about, never added silently.

A delegate drawing a zone east of Homs (~37°E 35°N) typed "95, 38": read as 38°N 95°E (95
cannot be a latitude), it became a vertex in China and a 55,425 km² zone, with a passing
status-bar line as the only word. Now the window asks; declining changes nothing (no
history step, no journal entry, the text stays in the box), accepting adds the vertex
(undone in one step with what it made), and the numbers read the other way round are
offered when that reading is a position near the drawing."""

from __future__ import annotations

import pytest

from zoneeditor.core.figures import distance_figure
from zoneeditor.core.geodesy import distance_km

#: The sketch east of Homs: two vertices placed by click.
SKETCH = [(37.0, 35.0), (37.2, 35.02)]


@pytest.fixture
def journaled(map_driver, monkeypatch) -> list[str]:
    """The labels of the change sets written to the project's journal from now on (what a
    crash would replay), as the journal is asked to append them."""
    journal = map_driver.document.journal
    written: list[str] = []
    append = journal.append

    def recording(changeset, origin):
        append(changeset, origin)
        written.append(str(changeset.label))

    monkeypatch.setattr(journal, "append", recording)
    return written


@pytest.fixture
def drawing(map_driver):
    """Drawing a zone east of Homs in Proposal B: two vertices placed."""
    drive = map_driver
    drive.version("Proposal B")
    drive.show(36.6, 34.6, 37.6, 35.4)
    tool = drive.tool("Z")
    for lon, lat in SKETCH:
        drive.click(lon, lat, modifiers=("ctrl",))  # snapping suspended: where clicked
    assert tool.points == SKETCH
    return drive, tool


def test_95_38_is_asked_about_and_declining_adds_nothing(drawing, journaled):
    drive, tool = drawing
    steps = list(drive.history.labels)
    with drive.answering("Do not add") as answer:
        drive.enter_coordinate("95, 38")
    assert answer.title == "Vertex far away"
    km = min(distance_km(lon, lat, 95.0, 38.0) for lon, lat in SKETCH)
    assert (f"The vertex typed, 38.00000°N 95.00000°E, lies {distance_figure(km)} km from "
            f"what you are drawing.") in answer.text
    assert "95 cannot be a latitude, so the numbers were read as longitude, latitude." \
        in answer.text
    # latitude 95 is no position: no other reading is offered
    assert sorted(answer.buttons) == ["Add anyway", "Do not add"]
    assert tool.points == SKETCH
    assert drive.history.labels == steps and journaled == []
    box = drive.window.addons.editing.coords
    assert box.text() == "95, 38" and box.hasFocus()  # kept, to be corrected
    assert "Vertex not added" in drive.message


def test_accepting_adds_the_vertex_and_the_zone_is_one_undo_step(drawing):
    drive, tool = drawing
    steps = list(drive.history.labels)
    with drive.answering("Add anyway"):
        drive.enter_coordinate("95, 38")
    assert tool.points == [*SKETCH, (95.0, 38.0)]
    assert "read as longitude, latitude, since 95 cannot be a latitude" in drive.message
    drive.enter_coordinate("")  # Return on the empty box finishes the zone
    zone = drive.document.feature(next(iter(drive.selection)))
    assert (95.0, 38.0) in list(zone.geometry.exterior.coords)
    assert len(drive.history.labels) == len(steps) + 1
    drive.undo()
    assert drive.document.feature(zone.id) is None
    assert drive.history.labels[:drive.history.index] == steps


def test_a_near_vertex_is_added_without_a_question(drawing):
    drive, tool = drawing
    drive.enter_coordinate("35.15, 37.1")  # no dialog: the step returns at once
    assert tool.points == [*SKETCH, (37.1, 35.15)]


def test_the_other_reading_is_offered_when_it_lies_near(drawing):
    """"37.1, 35.2" typed longitude first: latitude first it is 37.1°N 35.2°E, by the
    Turkish coast 280 km away; the other way round it is 35.2°N 37.1°E, by the sketch."""
    drive, tool = drawing
    with drive.answering("Add as longitude, latitude") as answer:
        drive.enter_coordinate("37.1, 35.2")
    assert "Read as latitude, longitude, the vertex typed is 37.10000°N 35.20000°E" \
        in answer.text
    assert "Read as longitude, latitude, it is 35.20000°N 37.10000°E" in answer.text
    assert sorted(answer.buttons) == ["Add as latitude, longitude",
                                      "Add as longitude, latitude", "Do not add"]
    assert tool.points == [*SKETCH, (37.1, 35.2)]
    assert "Vertex at 35.20000°N 37.10000°E: read as longitude, latitude" in drive.message


def test_the_typed_reading_can_still_be_chosen(drawing):
    drive, tool = drawing
    with drive.answering("Add as latitude, longitude"):
        drive.enter_coordinate("37.1, 35.2")
    assert tool.points == [*SKETCH, (35.2, 37.1)]


def test_the_other_reading_is_not_offered_when_it_is_far_too(drawing):
    drive, tool = drawing
    with drive.answering("Do not add") as answer:
        drive.enter_coordinate("12.0, 50.0")  # Yemen as typed, Germany the other way
    assert sorted(answer.buttons) == ["Add anyway", "Do not add"]
    assert tool.points == SKETCH


def test_a_far_point_placed_by_coordinates_is_asked_about_and_is_one_step(map_driver,
                                                                          journaled):
    """Place point makes the feature at once: declined, nothing; accepted, one undo step."""
    drive = map_driver
    drive.version("Proposal B")
    drive.show(36.6, 34.6, 37.6, 35.4)  # nothing drawn: the map shown is the reference
    drive.tool("P")
    before, steps = len(drive.features("points")), list(drive.history.labels)
    with drive.answering("Do not add") as answer:
        drive.enter_coordinate("95, 38")
    assert "from the part of the map shown" in answer.text
    assert len(drive.features("points")) == before and drive.history.labels == steps
    assert journaled == []
    with drive.answering("Add anyway"):
        drive.enter_coordinate("95, 38")
    assert len(drive.features("points")) == before + 1
    assert len(drive.history.labels) == len(steps) + 1
    assert len(journaled) == 1  # the new point, one entry
    drive.undo()
    assert len(drive.features("points")) == before


def test_no_question_about_a_vertex_the_locked_baseline_refuses(map_driver):
    drive = map_driver  # the agreed baseline, locked
    drive.show(36.6, 34.6, 37.6, 35.4)
    drive.tool("Z")
    drive.enter_coordinate("95, 38")  # refused at once, said under the box; nothing asked
    box = drive.window.addons.editing.coords
    assert box.note is not None and box.note.isVisible() and "locked" in box.note.text()


def test_measuring_to_a_far_place_is_not_asked_about(map_driver):
    """Measuring changes nothing and shows its figures at once: a far vertex is often the
    point of it (from Homs to a capital), so the Measure tool takes it without a question."""
    drive = map_driver
    drive.show(36.6, 34.6, 37.6, 35.4)
    tool = drive.tool("D")
    steps = list(drive.history.labels)
    drive.click(37.0, 35.0, modifiers=("ctrl",))
    drive.enter_coordinate("95, 38")  # no dialog: the step returns at once
    assert tool.points == [(37.0, 35.0), (95.0, 38.0)]
    assert drive.history.labels == steps
