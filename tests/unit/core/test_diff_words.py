"""The text report's words (``core.diff_words``): every template the report gives its
translator is listed for the translation tools (context "DiffText"), names and figures are
isolated only when asked, and a translator's plural form is taken for a count."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import point, zone
from shapely import Point, box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_report import summary_text
from zoneeditor.core.diff_words import ENGLISH, ReportWords, english
from zoneeditor.core.model import AGREED, Version
from zoneeditor.core.naming import LRI, PDI

PACKAGE = Path(__file__).resolve().parents[3] / "zoneeditor"


def listed() -> set[str]:
    tree = ast.parse((PACKAGE / "i18n" / "extra_strings.py").read_text(encoding="utf-8"))
    return {node.args[1].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant) and node.args[0].value == "DiffText"}


def v(name, *features):
    return Version(name, {f.id: f for f in features})


def reports():
    """Reports that say most of what a report can: areas, transfers, points, no party,
    matching by name, the tolerance, unnamed features, pieces too small to list."""
    old = v(AGREED,
            zone("a", box(35, 36, 36, 37), party="Opposition", name="Idlib"),
            zone("b", box(36, 36, 37, 37), party="Government", name="Hama"),
            zone("u", box(38, 36, 38.5, 36.5), party="Government"),
            point("p", Point(36.5, 36.5), name="Post"))
    new = v("Proposal B",
            zone("a", box(35, 36, 35.75, 37), party="Opposition", name="Idlib",
                 status="proposed"),
            zone("b", box(35.75, 36, 37, 37), party="", name="Hama"),
            zone("u", box(38, 36, 38.5, 36.50001), party="Government"),
            point("p2", Point(36.6, 36.5), name="Post"))
    yield diff_versions(old, new)
    yield diff_versions(old, new, tolerance_km=0.01)
    yield diff_versions(old, old)


def test_every_template_the_report_says_is_listed_for_translation():
    said: set[str] = set()

    def recording(template: str, count: int | None = None) -> str:
        said.add(template)
        return english(template, count)

    for report in reports():
        summary_text(report, ReportWords(tr=recording, isolated=True))
    # Hama's land passes to no party: its own template (land between two parties has
    # "%1 %2 passes from %3 to %4", tests/unit/render/test_transfer_no_party_sentences.py)
    assert {"%1: modified", "%1 %2 passes from %3 to no party", "no party", "km²"} <= said
    assert said - listed() == set(), "list these in i18n/extra_strings.py DIFF_TEXT"


def test_english_has_no_isolates_and_a_translation_isolates_every_value():
    report = next(reports())
    english_text = summary_text(report)
    assert english_text == summary_text(report, ENGLISH)
    assert LRI not in english_text
    isolated = summary_text(report, ReportWords(isolated=True))
    assert isolated.count(PDI) > 20  # every name and figure
    assert isolated.replace(LRI, "").replace(PDI, "").replace("\u2068", "").replace(
        "\u00a0", " ") == english_text


def test_a_translator_chooses_the_plural_form():
    def shouting(template: str, count: int | None = None) -> str:
        forms = {"%n smaller piece(s), %1 in all": ("ONE PIECE, %1", "%n PIECES, %1")}
        if count is not None and template in forms:
            return forms[template][count != 1].replace("%n", str(count))
        return english(template, count)

    words = ReportWords(tr=shouting)
    assert words.say("%n smaller piece(s), %1 in all", "x", count=1) == "ONE PIECE, x"
    assert words.say("%n smaller piece(s), %1 in all", "x", count=8) == "8 PIECES, x"
    assert ENGLISH.say("%n smaller piece(s), %1 in all", "x", count=1234) == (
        "1,234 smaller pieces, x in all")
