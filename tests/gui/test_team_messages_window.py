"""What the team server's code and a change that does not fit say reaches the window in the
interface language, in the window's own terms (real server, tests/support/pg.py).

- ``marked``: a translator wraps every string it is asked for in «…»: a word of the status
  line or of a conflict's tooltip outside the marks never went through translation;
- ``ru``: the real Russian translations; the sentences this work made translatable are not
  in them yet (the translation pass adds them), so ``NEW_RU`` stands in for them with the
  Russian the lead will give. What is checked is the path: the window looks the template up
  in the interface language, fills in the arguments, and translates a reason inside a
  reason; no English word is left.

The window never tells a user to type a command-line option: a floor's sentence that names
one is shown in the window's own terms (``gui.window_wording``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from support.i18n_walk import Marking, english_left, unmarked
from support.window import LAPTOP_SCREEN

from zoneeditor import i18n
from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED
from zoneeditor.gui.tool_messages import error_text, translated
from zoneeditor.gui.window_wording import WINDOW_WORDING
from zoneeditor.io.session import Session
from zoneeditor.io.team import admin
from zoneeditor.io.team.address import describe
from zoneeditor.io.team.local_state import require_state
from zoneeditor.io.team.server import TeamServer

PACKAGE = Path(__file__).resolve().parents[2] / "zoneeditor"
CYRILLIC = re.compile("[А-Яа-яЁё]")


#: Russian for the new templates these tests show, as the translation pass will give it.
NEW_RU = {
    "%1: the server refused this change (%2); it stays here until the server allows it or "
    "you discard it": "%1: сервер отклонил это изменение (%2); оно остаётся здесь, пока "
                      "сервер не разрешит его или вы его не отмените",
    "your role on the team server does not allow this change":
        "ваша роль на сервере команды не допускает этого изменения",
    "feature %1 is not as expected in %2": "объект %1 не такой, как ожидалось (%2)",
    "the agreed baseline": "согласованная основа",
}


class NewRussian(QTranslator):
    """``NEW_RU`` for the context the window looks templates up in (None: ask the next)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return NEW_RU.get(source) if context == "ToolMessages" else None


@pytest.fixture
def language(request, qapp, windows):
    """The interface language of the windows built after it; English again afterwards
    (the windows are closed first, while their language is still installed)."""
    extra = Marking() if request.param == "marked" else NewRussian()
    if request.param == "ru":
        assert i18n.install(qapp, "ru") == "ru"
    qapp.installTranslator(extra)  # asked first
    yield request.param
    windows.close_all()
    qapp.removeTranslator(extra)
    if request.param == "ru":
        i18n.install(qapp, "en")


def rename_both(window) -> None:
    doc = window.document
    signed, far = doc.feature("signed", AGREED), doc.feature("far", AGREED)
    assert window.editor.push(ChangeSet("Rename both", AGREED, (
        Delta(signed, signed.with_attributes(name="Signed (mine)")),
        Delta(far, far.with_attributes(name="Far (mine)")))))


def data(window, *more: str) -> set[str]:
    """The project's own words the texts may hold (names), and ``more``."""
    words = {f.name for v in window.document.project.versions.values() for f in v}
    return {w for w in words | set(more) if w}


@pytest.mark.parametrize("language", ["marked", "ru"], indirect=True)
def test_a_refused_change_and_its_reason_read_in_the_interface_language(language, windows,
                                                                        frozen_talks):
    window = windows.shown(LAPTOP_SCREEN, Session.open(frozen_talks.clone("cora")))
    rename_both(window)
    team, panel = window.addons.sync, window.addons.conflicts
    assert team.sync() and team.wait() and team.last_error == ""
    status = window.statusBar().currentMessage()
    [entry] = panel.entries
    assert entry.is_refused
    tooltip = panel.tree.topLevelItem(0).toolTip(2)
    texts = [("status bar", status), ("refused conflict, on hover", tooltip)]
    words = data(window)
    if language == "marked":
        assert unmarked(texts, words) == []
        # the reason inside the sentence went through translation too
        assert "«your role on the team server does not allow this change»" in tooltip
        return
    assert english_left(texts, words) == []
    assert CYRILLIC.search(status) and CYRILLIC.search(tooltip)
    assert NEW_RU["your role on the team server does not allow this change"] in tooltip
    assert "row-level security" not in tooltip and "Signed (mine)" in tooltip


@pytest.mark.parametrize("language", ["marked", "ru"], indirect=True)
def test_a_sync_by_someone_taken_off_the_team_says_whom_to_ask(language, windows, frozen_talks):
    window = windows.shown(LAPTOP_SCREEN, Session.open(frozen_talks.clone("dave")))
    with TeamServer.connect(frozen_talks.db.admin_url) as server:
        admin.remove_member(server, frozen_talks.db.user("dave"))
    team = window.addons.sync
    assert team.sync() and team.wait()
    said = team.last_error
    assert said and "zoneeditor" not in said  # the window's words, not a command to type
    where = describe(frozen_talks.url("dave"))  # the server as the sentence names it
    texts = [("failed sync", said)]
    if language == "marked":
        assert unmarked(texts, data(window, where)) == []
        return
    assert english_left(texts, data(window, where)) == [] and CYRILLIC.search(said)


@pytest.mark.parametrize("language", ["marked", "ru"], indirect=True)
def test_a_change_that_no_longer_fits_is_refused_in_the_interface_language(language, windows,
                                                                           sample_copy):
    window = windows.shown(LAPTOP_SCREEN, Session.open(sample_copy))
    doc = window.document
    f = next(iter(doc.project.agreed))
    window.editor.push(ChangeSet("Rename", AGREED, (Delta(f, f.with_attributes(name="X")),)))
    stale = ChangeSet("Rename again", AGREED, (Delta(f, f.with_attributes(name="Y")),))
    refusals: list[str] = []
    window.editor.refused.connect(refusals.append)
    assert not window.editor.push(stale)
    [said] = refusals
    texts = [("refused edit", said)]
    if language == "marked":
        assert unmarked(texts, data(window, f.id[:8])) == []
        return
    assert english_left(texts, data(window, f.id[:8])) == [] and CYRILLIC.search(said)


# -- the window's own terms ---------------------------------------------------------------
def _templates() -> set[str]:
    """Every template the code makes a Message with (core, io, render, gui)."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Message" and node.args):
                arg = node.args[0]
                for t in (arg.body, arg.orelse) if isinstance(arg, ast.IfExp) else (arg,):
                    if isinstance(t, ast.Constant):
                        found.add(t.value)
    return found


#: Sentences only the command line's administration commands say (``zoneeditor team
#: init``, ``add-member``): the window has no such command, they never reach it.
ADMIN_ONLY = {"a delegate needs a delegation (%1)"}


def test_no_sentence_tells_a_window_user_to_type_an_option():
    templates = _templates()
    naming_options = {t for t in templates if re.search(r"(^|\s)--[a-z]|'zoneeditor [a-z]", t)}
    assert naming_options, "the scan found nothing: it is broken"
    assert naming_options - ADMIN_ONLY <= set(WINDOW_WORDING), \
        "give the window its own wording of these in gui/window_wording.py"
    assert set(WINDOW_WORDING) <= templates, "worded templates that the code no longer says"
    for template in WINDOW_WORDING:
        n = len(set(re.findall(r"%(\d+)", template)))
        shown = translated(Message(template, *[f"arg{i}" for i in range(1, n + 1)]))
        assert not re.search(r"--[a-z]|'zoneeditor [a-z]", shown), shown


def test_a_file_that_is_no_working_copy_says_where_in_the_window_to_open_one(sample_copy):
    with pytest.raises(Exception) as caught:
        require_state(sample_copy)
    shown = error_text(caught.value)
    assert "File ▸ Open team project…" in shown and "--out" not in shown
    assert "team clone" in str(caught.value)  # the command line keeps its command
