"""The Problems dock reads in the window's language: every row's feature, the features and
parties its sentence names, and the statuses it lists.

An Arabic window listed «Eastern Ghouta: تتداخل مع Northern Hama التابعة لـ Government …»:
the row's feature was ``Problem.feature`` (the stored, romanised name) and the sentence's
arguments were stored values too (an outside pass). The row is now made by
``tool_problems_panel.problem_text``: features by ``i18n.values.feature_name``, parties by
``party_name``, statuses by ``status_name``.
"""

from __future__ import annotations

import pytest
from support.i18n_walk import english_words
from support.problems import three_problems

from zoneeditor.testing.changes import plain


def _problems(window) -> list[str]:
    """The rows of the Problems list with ``support.problems.three_problems``, as plain text."""
    panel = three_problems(window)
    return [plain(panel.list.item(i).text()) for i in range(panel.list.count())]


@pytest.mark.parametrize(("lang", "expected"), [
    pytest.param("ar", ["الغوطة الشرقية: الحالة 'pending' ليست من بين "
                        "مقترح، متفق عليه ومتنازع عليه",
                        "ريف حماة الشمالي: يتداخل مع الغوطة الشرقية التابعة لطرف المعارضة "
                        "بمساحة 606.2 كم²",
                        "شمال حمص: "],
                 marks=pytest.mark.zoneeditor_lang("ar")),
    pytest.param("ru", ["Восточная Гута: статус 'pending' не входит в предложено, согласовано и "
                        "оспаривается",
                        "перекрывает Восточная Гута стороны Opposition на 606.2 км²",
                        "North of Homs: "],
                 marks=pytest.mark.zoneeditor_lang("ru")),
])
def test_every_row_of_the_problems_list_is_in_the_windows_language(editor, lang, expected):
    rows = _problems(editor)
    assert len(rows) == 3, rows
    text = "\n".join(rows)
    for part in expected:
        assert part in text, text
    # data left as stored: the unknown status; in Russian, the names with no Russian form
    data = {"pending", "North of Homs", "Northern Hama", "Opposition", "Government"} if (
        lang == "ru") else {"pending"}
    for row in rows:
        assert english_words(row, data) == [], row


@pytest.mark.parametrize(("lang", "expected"), [
    pytest.param("ar", "إدلب: لا يمكن وضع نقطة في طبقة المناطق (مضلع أو مضلع متعدد الأجزاء)",
                 marks=pytest.mark.zoneeditor_lang("ar")),
    pytest.param("ru", "Idlib: точка не может быть в слое зон (полигон или мультиполигон)",
                 marks=pytest.mark.zoneeditor_lang("ru")),
    ("en", "Idlib: a Point cannot go in the zones layer (Polygon or MultiPolygon)"),
])
def test_a_geometry_of_the_wrong_kind_is_named_in_the_windows_language(editor, lang,
                                                                        expected):
    """A row about a geometry in the wrong layer named shapely's types ("Point", "Polygon
    or MultiPolygon") in English in every window (``core.validity.GEOMETRY_WORDS``)."""
    from zoneeditor.core.model import LayerKind
    from zoneeditor.core.validate import Problem
    from zoneeditor.core.validity import wrong_layer
    from zoneeditor.gui.tool_problems_panel import problem_text

    editor.map.version("Proposal B")
    found = Problem("Proposal B", "zone-idlib", "Idlib", wrong_layer("Point", LayerKind.ZONES))
    assert plain(problem_text(found, editor.document)) == expected
