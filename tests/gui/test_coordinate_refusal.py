"""A position typed in the coordinate box that is not taken (a bearing and distance it
cannot read, a vertex the tool refuses) is said whole, wrapped, in a note under the box at
1366×768 in English, Arabic and Russian; the status bar says so in a short line that fits
(it showed the whole sentence cut at "(degrees from true north, the…", and the tooltip
that said it whole went away after a few seconds)."""

from __future__ import annotations

import pytest

from zoneeditor import i18n
from zoneeditor.core.coords import CoordinateError, parse
from zoneeditor.gui.tool_messages import error_text, translated
from zoneeditor.testing.driver import MapDriver


@pytest.fixture
def laptop_window(windows, qapp, qtbot):
    """``make(lang)``: (window, driver) at 1366×768 in ``lang``, the active window."""

    def make(lang: str):
        assert i18n.install(qapp, lang) == lang
        window = windows.on_laptop()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window, MapDriver(window, qtbot)

    yield make
    windows.close_all()
    i18n.install(qapp, "en")


def note_problems(window, text: str) -> list[str]:
    """What keeps ``text`` from being read whole in the box's note and the status bar."""
    box = window.addons.editing.coords
    note = box.note
    problems = []
    if note is None or not note.isVisible():
        return ["no note under the box"]
    if note.text() != text:
        problems.append(f"the note says {note.text()!r}")
    if note.heightForWidth(note.width()) > note.height():
        problems.append(f"the note is cut: {note.height()} px for "
                        f"{note.heightForWidth(note.width())}")
    if not window.rect().contains(note.geometry()):
        problems.append(f"the note {note.geometry()} reaches out of the window")
    if note.y() < box.mapTo(window, box.rect().bottomLeft()).y():
        problems.append("the note covers the box")
    bar = window.statusBar()
    if not bar.currentMessage() or bar.is_elided():
        problems.append(f"the status line is {bar.message_text()!r} for "
                        f"{bar.currentMessage()!r}")
    return problems


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_an_unreadable_bearing_is_said_whole_under_the_box(laptop_window, lang):
    window, drive = laptop_window(lang)
    drive.version("Proposal B")
    drive.show(37.9, 33.9, 38.4, 34.4)
    drive.tool("Z")
    drive.click(38.0, 34.0, modifiers=("ctrl",))  # the first vertex
    typed = "@45 2.5 lightyears"
    drive.enter_coordinate(typed)
    with pytest.raises(CoordinateError) as refused:
        parse(typed, (38.0, 34.0))
    assert note_problems(window, error_text(refused.value)) == []
    box = window.addons.editing.coords
    assert box.text() == typed and "c0392b" in box.styleSheet()
    drive.type("0", box)  # correcting the text: the note goes
    assert not box.note.isVisible()


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_a_typed_vertex_the_tool_refuses_is_said_under_the_box(laptop_window, lang):
    window, drive = laptop_window(lang)  # the agreed baseline, locked
    tool = drive.tool("Z")
    drive.enter_coordinate("34.2N 37.8E")
    locked = tool.locked()
    assert locked is not None and locked.refused
    assert note_problems(window, translated(locked.refused)) == []
    box = window.addons.editing.coords
    assert box.text() == "34.2N 37.8E"  # kept, to be typed again once unlocked
    assert window.document.history.labels == []
    drive.key("Escape", widget=box)  # back to the map: the note goes
    assert window.canvas.hasFocus() and not box.note.isVisible()
