"""The import dialog shows what the reader says about a file in the interface language.

The reader (in its sandboxed child) speaks English ``Message``s; the dialog must show the
translated template filled with the file's own details (line, column, byte counts), never
the English sentence and never a library's words (Python's json parser says "Expecting ','
delimiter"). The language is installed as the application installs it (``i18n.install``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from zoneeditor import i18n
from zoneeditor.core.document import Document
from zoneeditor.core.messages import fill
from zoneeditor.gui.import_dialog import ImportDialog
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path

BAD = Path(__file__).parents[1] / "data" / "bad"
CYRILLIC = re.compile("[А-Яа-яЁё]")


@pytest.fixture
def russian(qapp):
    assert i18n.install(qapp, "ru") == "ru"
    yield
    i18n.install(qapp, "en")


def _tool(text: str) -> str:
    """``text`` translated as the window translates a Message's template; the test needs
    the translation to exist (the English template would prove nothing)."""
    translated = QCoreApplication.translate("ToolMessages", text)
    assert translated != text, f"no Russian translation of {text!r}"
    return translated


def _rows(qtbot, *files: Path) -> list[str]:
    dialog = ImportDialog(Document(read_project(sample_path())), None, [str(f) for f in files])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results or dialog.read_errors),
                    timeout=60_000)
    return dialog.problem_texts()


def test_a_broken_geojson_is_explained_in_russian(qtbot, tmp_path, russian):
    path = tmp_path / "lines.geojson"
    path.write_text('{"type": "FeatureCollection",\n "features": [{"type": "Feature" '
                    '"properties": {}}]}', encoding="utf-8")
    (row,) = _rows(qtbot, path)
    reason = fill(_tool("not GeoJSON: the text is not valid JSON at line %1, column %2 (%3)"),
                  ("2", "34", _tool("a comma or a closing bracket is missing")))
    assert reason in row, row
    assert "lines.geojson" in row and CYRILLIC.search(row)
    for english in ("not GeoJSON", "valid JSON", "comma", "Expecting", "delimiter"):
        assert english not in row, row


def test_a_truncated_shapefile_and_what_to_do_in_russian(qtbot, russian):
    rows = _rows(qtbot, BAD / "truncated_shp" / "zones.shp")
    (row,) = [r for r in rows if _tool("ask the sender for the complete file") in r]
    template = _tool("the .shp file is truncated: %1 of %2 bytes are there; features past the "
                     "cut have no geometry")
    found = re.escape(template).replace("%1", r"\d+").replace("%2", r"\d+")
    assert re.search(found, row), row
    assert "truncated" not in row and "bytes are there" not in row
    left_out = _tool("it has no geometry, so it was left out")
    assert any(left_out in r for r in rows), rows
