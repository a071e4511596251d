"""Reference layers and scans: why a file cannot be used is a Message the window translates,
carried across the reader child, with no GDAL or pdfium words in it."""

from __future__ import annotations

import pytest

from zoneeditor.core.errors import ReadError
from zoneeditor.core.messages import Message
from zoneeditor.core.reference import ReferenceLayer
from zoneeditor.io.reference import load_references, read_data
from zoneeditor.io.reference.scan import load_scan

LIBRARY_WORDS = ("GDAL:", "RasterioIOError", "PdfiumError", "Failed to load", "not recognized as",
                 "Errno", "Traceback")


def _reason(exc: ReadError) -> Message:
    assert isinstance(exc.reason, Message), exc.reason
    assert not any(word in str(exc) for word in LIBRARY_WORDS), str(exc)
    return exc.reason


def test_a_text_file_named_png_is_no_scan(tmp_path):
    path = tmp_path / "annex.png"
    path.write_text("this is not a picture")
    with pytest.raises(ReadError) as caught:
        load_scan(path)
    assert _reason(caught.value).template == "not an image GDAL can read (PNG, JPEG or TIFF)"


def test_a_damaged_pdf_is_said_in_our_words(tmp_path):
    path = tmp_path / "annex.pdf"
    path.write_bytes(b"%PDF-1.4\n garbage that no PDF reader accepts")
    with pytest.raises(ReadError) as caught:
        load_scan(path)
    assert _reason(caught.value).template == ("not a PDF that can be read (damaged, or "
                                              "protected by a password)")


def test_a_page_that_does_not_exist_names_the_counts(scan_pdf):
    with pytest.raises(ReadError) as caught:
        load_scan(scan_pdf, page=4)
    reason = _reason(caught.value)
    assert reason.template == "it has %n page(s); page %1 does not exist"
    assert reason.args == ("2", "5")


def test_an_image_without_a_place_on_earth_is_no_raster_reference(scan_png):
    with pytest.raises(ReadError) as caught:
        read_data(scan_png, "raster")
    assert _reason(caught.value).template == ("it has no coordinate system (an image that is "
                                              "not georeferenced): georeference it first")


def test_a_missing_reference_is_one_translatable_sentence(tmp_path):
    layer = ReferenceLayer.create(str(tmp_path / "roads.geojson"), "vector", name="Roads")
    loaded, problems = load_references([layer])
    assert loaded == {}
    problem = problems[layer.id]
    assert isinstance(problem, Message)
    assert problem.template == "Reference layer %1 is not shown: %2"
    assert problem.args[0] == "'Roads'"
    inner = problem.args[1]
    assert inner.template == "cannot read %1: %2" and inner.args[1] == "no such file"
