"""What the readers say about a bad file is a Message (template + the file's details) that the
window can translate, and holds none of a library's own words.

The files are read as the import dialog reads them (``read_any``: in the sandboxed child),
so these tests also prove that the templates survive the trip across the process boundary.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from zoneeditor.core.errors import ReadError
from zoneeditor.core.messages import Message
from zoneeditor.io.exchange import read_any
from zoneeditor.io.plain_errors import INTERNAL

BAD = Path(__file__).parents[3] / "data" / "bad"

#: Words of Python's json parser, zipfile, expat and GDAL that must never reach a user.
LIBRARY_WORDS = ("Expecting", "delimiter", "File is not a zip file", "not well-formed (invalid",
                 "codec can't decode", "JSONDecodeError", "Errno")


def _refusal(path: Path) -> Message:
    with pytest.raises(ReadError) as caught:
        read_any(path)
    reason = caught.value.reason
    assert isinstance(reason, Message), reason
    # the whole error is a Message too ("cannot read %1: %2"), the reason inside it
    assert caught.value.message.template == "cannot read %1: %2"
    assert caught.value.message.args == (str(path), reason)
    text = str(caught.value)
    assert not INTERNAL.search(text.replace(str(path), "")), text
    assert not any(word in text for word in LIBRARY_WORDS), text
    return reason


def test_broken_json_names_the_place_and_the_fault_in_our_words(tmp_path):
    path = tmp_path / "lines.geojson"
    path.write_text('{"type": "FeatureCollection",\n "features": [{"type": "Feature" '
                    '"properties": {}}]}', encoding="utf-8")
    reason = _refusal(path)
    assert reason.template == "not GeoJSON: the text is not valid JSON at line %1, column %2 (%3)"
    line, column, what = reason.args
    assert (line, column) == ("2", "34")  # where "properties" starts, after the missing comma
    assert isinstance(what, Message) and what.template == "a comma or a closing bracket is missing"
    assert str(reason) == ("not GeoJSON: the text is not valid JSON at line 2, column 34 (a comma "
                           "or a closing bracket is missing)")


@pytest.mark.parametrize(("text", "fault"), [
    ('{"type": "Feature", "geometry": ', "a value is missing or is not a JSON value"),
    ('{"type": "Feature" , "name": "Idlib}', "a text string is not closed"),
    ('{"type": "Feature"} trailing words', "there is more text after the end of the JSON document"),
    ("{type: 'Feature'}", "a member's name is missing or not in double quotes (or a comma is left "
                          "before a closing brace)"),
])
def test_each_kind_of_json_fault_has_its_own_sentence(tmp_path, text, fault):
    path = tmp_path / "broken.geojson"
    path.write_text(text, encoding="utf-8")
    reason = _refusal(path)
    assert reason.args[2].template == fault


def test_an_html_page_saved_as_geojson(tmp_path):
    reason = _refusal(BAD / "html_error_page.geojson")
    assert reason.template.startswith("it is an HTML page, not GeoJSON") and reason.args == ()


def test_a_file_that_is_not_utf8(tmp_path):
    """No longer refused (a Windows tool's Arabic GeoJSON could not be imported at all):
    read with the encoding it reads as words in, and an error that needs a decision names
    that encoding and the first byte that is not UTF-8 (test_import_text_encodings.py)."""
    path = tmp_path / "cp1256.geojson"
    head = '{"type": "Feature", "properties": {"name": "'
    path.write_bytes((head + 'إدلب"}}').encode("cp1256"))
    (problem,) = read_any(path).errors
    assert problem.message.template == "%1; it reads as %2"
    assert problem.message.args[0].template == "the text is not UTF-8, as %1 requires (byte %2)"
    assert problem.message.args[0].args == ("GeoJSON", str(len(head)))  # the first Arabic letter
    assert not any(word in problem.line() for word in LIBRARY_WORDS), problem.line()


def test_bytes_that_are_no_text_in_any_encoding_are_still_refused(tmp_path):
    path = tmp_path / "noise.geojson"
    path.write_bytes(b'{"type": \x00\xff\xfe\x01\x80}')  # control bytes: text in no encoding
    reason = _refusal(path)
    assert reason.template == "not GeoJSON: the text is not UTF-8 (byte %1)"
    assert reason.args == ("10",)


def test_a_kml_cut_short_names_the_line_and_column(tmp_path):
    path = tmp_path / "cut.kml"
    path.write_text('<kml xmlns="http://www.opengis.net/kml/2.2">\n<Placemark><name>Id',
                    encoding="utf-8")
    reason = _refusal(path)
    assert reason.template == "not valid KML (%1)"
    assert reason.args[0].template == "it is not well-formed XML at line %1, column %2"
    assert reason.args[0].args[0] == "2"


def test_a_text_file_named_zip(tmp_path):
    path = tmp_path / "maps.zip"
    path.write_text("not a zip at all", encoding="utf-8")
    reason = _refusal(path)
    assert reason.template == "zip refused: %1"
    assert reason.args[0].template == "it is not a valid zip file"


def test_a_damaged_zip_entry_says_which(tmp_path):
    path = tmp_path / "damaged.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zones.geojson", '{"type": "FeatureCollection", "features": []}' * 50)
    data = bytearray(path.read_bytes())
    start = data.index(b"zones.geojson") + len("zones.geojson")
    data[start + 5:start + 25] = b"\xff" * 20  # inside the compressed stream
    path.write_bytes(bytes(data))
    reason = _refusal(path)
    assert reason.template == "zip refused: %1"
    assert reason.args[0].template == "entry %1 is damaged" and "zones.geojson" in reason.args[0]


def test_a_truncated_shapefile_is_a_warning_with_its_figures(tmp_path):
    result = read_any(BAD / "truncated_shp" / "zones.shp")
    (truncated,) = [p for p in result.problems if p.code == "truncated"]
    assert isinstance(truncated.message, Message)
    assert truncated.message.template == ("the .shp file is truncated: %1 of %2 bytes are there; "
                                          "features past the cut have no geometry")
    size, declared = (int(a) for a in truncated.message.args)
    assert size < declared
    assert truncated.suggestion.template == "ask the sender for the complete file"
    missing = [p for p in result.problems if p.code == "no-geometry"]
    assert missing and all(p.message.template == "it has no geometry, so it was left out"
                           for p in missing)


def test_a_text_file_named_shp_quotes_its_start_as_an_argument(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "zones.shp").write_text("Name,Party\nIdlib,A\n", encoding="utf-8")
    reason = _refusal(folder / "zones.shp")
    assert reason.template == "not a shapefile: it is a text file (it starts with %1)"
    assert reason.args == ("'Name,Party'",)


def test_problems_of_a_readable_file_carry_templates_through_the_sandbox():
    result = read_any(BAD / "wrong_cpg" / "zones.shp")
    (garbled,) = [p for p in result.problems if p.code == "mojibake"]
    assert garbled.message.template == ("the text looks garbled as %1 (%2): e.g. %3; as %4 it "
                                        "reads %5")
    assert garbled.message.args[0] == "cp1252"
    assert garbled.message.args[1].template == "the .cpg says"  # a Message inside a Message
    assert garbled.suggestion.template == "choose --encoding %1"
    assert garbled.suggestion.args == ("utf-8",)
    result = read_any(BAD / "swapped_latlon.geojson")
    swapped = result.errors[0]
    assert swapped.code == "swapped" and swapped.message.template.startswith(
        "latitude and longitude look swapped: the features lie at %1..%2°N")


def test_an_unreadable_folder_and_a_folder_given_as_a_file(tmp_path):
    folder = tmp_path / "maps.geojson"
    folder.mkdir()
    assert _refusal(folder).template == "it is a folder, not a file"
    assert _refusal(tmp_path / "gone.geojson").template == "no such file"


def test_a_geometry_problem_inside_a_feature_is_a_message(tmp_path):
    path = tmp_path / "feature.geojson"
    shutil.copyfile(BAD / "unclosed_ring.geojson", path)
    result = read_any(path)
    (problem,) = result.errors
    assert problem.message.template == "a ring is not closed (its first and last positions differ)"
    assert problem.suggestion.template == "repair offered (--repair)"


def test_an_empty_shapefile_is_said_to_have_no_features_not_no_columns(tmp_path):
    """A shapefile of 0 features keeps its .dbf's columns; 'no attribute columns' was wrong."""
    import fiona
    from fiona.crs import CRS

    from zoneeditor.io.exchange import read_any

    path = tmp_path / "zero.shp"
    schema = {"geometry": "Polygon", "properties": {"NAME": "str:20", "PARTY": "str:20",
                                                     "STATUS": "str:20"}}
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema,
                    crs=CRS.from_epsg(4326), encoding="utf-8"):
        pass
    result = read_any(path)
    assert result.recognised == "no features, so no columns were read"
