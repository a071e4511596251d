"""Land that passes to or from no party has its own sentence in the Changes panel, on the
printed sheet and in ``zoneeditor diff``'s report: Arabic read "تنتقل من المعارضة إلى بلا
طرف" ("passes from the Opposition to without-party", an outside tester)."""

from __future__ import annotations

import pytest
from shapely import box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_report import summary_text as report_text
from zoneeditor.core.model import Feature, LayerKind, ProjectMeta, Version
from zoneeditor.core.naming import strip_bidi


def _report():
    def zone(fid: str, x0: float, x1: float, party: str) -> Feature:
        return Feature(fid, LayerKind.ZONES, box(x0, 35, x1, 36),
                       {"name": fid, "party": party, "kind": "control"})

    # Idlib gives up its east to nobody; Hama takes land nobody held
    old = Version("agreed", {"i": zone("Idlib", 36, 37, "Opposition"),
                             "h": zone("Hama", 38, 38.5, "Government")})
    new = Version("plan", {"i": zone("Idlib", 36, 36.5, "Opposition"),
                           "h": zone("Hama", 38, 39, "Government")})
    return diff_versions(old, new)


def _texts():
    from zoneeditor.gui.diff_summary import summary_text
    from zoneeditor.i18n.report_words import report_words
    from zoneeditor.render.print_changes import change_lines

    report = _report()
    printed = "\n".join(text for text, *_ in change_lines(report))
    return {"panel": strip_bidi(summary_text(report)), "print": strip_bidi(printed),
            "report": strip_bidi(report_text(report, report_words("ar", ProjectMeta())))}


@pytest.fixture
def arabic(qapp):
    from zoneeditor import i18n

    i18n.install(qapp, "ar")
    try:
        yield
    finally:
        i18n.install(qapp, "en")


def test_english_still_says_to_and_from_no_party(qapp):
    texts = _texts()
    for where, text in texts.items():
        if where == "report":
            continue  # made with the Arabic words above; the English one below
        assert "passes from Opposition to no party" in text, (where, text)
        assert "passes from no party to Government" in text, (where, text)
    english = report_text(_report())
    assert "passes from Opposition to no party" in english
    assert "passes from no party to Government" in english


def test_arabic_says_no_party_in_its_own_words(arabic):
    for where, text in _texts().items():
        assert "إلى بلا طرف" not in text and "من بلا طرف" not in text, (where, text)
        assert "تخرج من يد Opposition ولا تنتقل إلى أي طرف" in text, (where, text)
        assert "لم تكن لأي طرف وتنتقل إلى Government" in text, (where, text)
