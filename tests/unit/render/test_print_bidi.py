"""On an Arabic sheet the fingerprint, the date and the scale's latitude read as written.

Fingerprints exist so that two parties can compare sheets: an Arabic sheet printing
"41AB-7751-7375" for 7375-7751-41AB is a wrong figure. The cause is the Unicode bidi
algorithm: after an Arabic word, European digits become Arabic numbers (rule W2) and a
hyphen does not join Arabic numbers (W4), so each group is laid out on its own, right to
left. The sheet isolates every value it puts into a sentence (``core.naming.sentence``).

The checks read the glyph order Qt lays out (``QTextLayout``, what ``drawText`` paints) and
the text of the PDF in visual order (``pdftotext -layout``), independent of Qt.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.bidi import visual
from support.printing import digits_first_project, line_with, pdf_lines

from zoneeditor import i18n
from zoneeditor.core.naming import embedded, figure, sentence
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_options import PrintOptions

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


@pytest.fixture
def arabic(qapp):
    """The Arabic interface, as ``zoneeditor --lang ar`` installs it (English after)."""
    assert i18n.install(qapp, "ar") == "ar"
    yield
    i18n.install(qapp, "en")


def test_the_layout_check_sees_the_reversal_it_guards_against(qapp):
    # the bare sentence, as the sheet composed it before: the groups come out reversed
    assert "01-12-2026" in visual("التاريخ: 2026-12-01", RTL)
    assert "41AB-7751-7375" in visual("البصمة: 7375-7751-41AB", RTL)
    assert "N′27°34" in visual("المقياس (صحيح عند 34°27′N)", RTL)


@pytest.mark.parametrize("template, value", [
    ("البصمة: %1", "7375-7751-41AB"),
    ("التاريخ: %1", "2026-12-01"),
    ("المقياس 1:1,870,000 (صحيح عند %1)", "34°27′N"),
    ("المقياس %1", "1:1,870,000"),
    ("Fingerprint: %1", "7375-7751-41AB"),
])
def test_a_value_put_into_a_sentence_reads_as_written(qapp, template, value):
    direction = RTL if template[0] != "F" else LTR
    assert value.replace(" ", "") in visual(sentence(template, value), direction)


def test_a_figure_reads_number_first_in_arabic_with_its_unit_after_it(qapp):
    # "6,951 كم²": the number as written, the unit to its left (after it in reading order)
    shown = visual(sentence("المساحة: %1", figure("6,951", "كم²")), RTL)
    assert "6,951" in shown
    assert shown.index("ع") < shown.index("6,951")  # the Arabic unit left of the number


def test_names_keep_their_own_direction_inside_a_sentence(qapp):
    assert embedded("إدلب").startswith("\u2068") and embedded("Idlib").startswith("\u2066")
    assert "ProposalB(2)" in visual(sentence("النسخة: %1", "Proposal B (2)"), RTL)


def test_the_arabic_sheet_prints_fingerprint_date_and_latitude_as_written(arabic, tmp_path):
    project, fp = digits_first_project()
    job = PrintJob(project, "Proposal B",
                   PrintOptions(paper="A3", landscape=True, date="2026-12-01",
                                author="zoneeditor sample", show_basemap=False))
    assert job.identification().fingerprint_short == fp
    pdf = tmp_path / "ar.pdf"
    job.write_pdf(pdf)
    lines = pdf_lines(pdf)
    reversed_fp = "-".join(reversed(fp.split("-")))
    fp_line = line_with(lines, "البصمة")
    assert fp in fp_line and reversed_fp not in fp_line, fp_line
    date_line = line_with(lines, "التاريخ")
    assert "2026-12-01" in date_line and "01-12-2026" not in date_line, date_line
    scale_line = line_with(lines, "المقياس")
    assert line_with([scale_line], r"1:[\d,]+") and line_with([scale_line], r"\d+°\d\d′N")
    assert "N′" not in scale_line, scale_line


def test_the_identification_rows_are_laid_out_in_order(arabic):
    project, fp = digits_first_project()
    job = PrintJob(project, "Proposal B",
                   PrintOptions(date="2026-12-01", show_basemap=False))
    assert job.direction == RTL
    from zoneeditor.render.print_titleblock import IdentificationBlock

    block = IdentificationBlock(job.identification(), "2026-12-01", "zoneeditor sample",
                                True, 1.0, 4.0, job.direction)
    shown = [visual(text, block.direction) for text, _ in block.lines()]
    assert any(fp in line for line in shown), shown
    assert any("2026-12-01" in line for line in shown), shown


def test_the_english_sheet_is_unchanged_in_what_it_reads(qapp, tmp_path):
    project, fp = digits_first_project()
    job = PrintJob(project, "Proposal B", PrintOptions(paper="A3", landscape=True,
                                                       date="2026-12-01", show_basemap=False))
    assert job.direction == LTR
    pdf = tmp_path / "en.pdf"
    job.write_pdf(pdf)
    lines = pdf_lines(pdf)
    assert f"Fingerprint: {fp}" in line_with(lines, "Fingerprint")
    assert "Date: 2026-12-01" in line_with(lines, "Date:")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_fingerprint_too_wide_for_its_row_goes_whole_under_its_label(qapp, lang):
    """A tester's sheets read "Fingerprint: C365-" / "D2DA-5376", and in Arabic the halves
    changed places: the fingerprint, there to be compared at a glance, is never broken."""
    from zoneeditor.render.print_text import text_size
    from zoneeditor.render.print_titleblock import Identification, IdentificationBlock

    i18n.install(qapp, lang)
    try:
        fp = "C365-D2DA-5376"
        direction = RTL if lang == "ar" else LTR
        block = IdentificationBlock(Identification("Odd", "c365" * 16, fp, None, None),
                                    "2026-12-01", "", False, 1.0, 4.0, direction)
        (label, _), = [(t, f) for t, f in block.lines() if fp in t]
        row = text_size(block.fp_font, label, None).width()
        wide = [t for t, _ in block.lines(None, row + 1)]
        narrow = [t for t, _ in block.lines(None, row - 1)]
        assert any(fp in t and ":" in t for t in wide)  # fits: one row
        at = next(i for i, t in enumerate(narrow) if fp in t)
        assert narrow[at].strip("\u2066\u2067\u2068\u2069") == fp  # the value alone, whole
        assert narrow[at - 1].endswith(":") and fp not in narrow[at - 1]
        assert text_size(block.fp_font, narrow[at], None).width() <= row
    finally:
        i18n.install(qapp, "en")
