"""What ``zoneeditor [PATH[:VERSION]]`` asks the window to open, checked without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from zoneeditor.cli import command_names
from zoneeditor.cli.common import (
    NoSuchCommandOrFile,
    closest_command,
    window_positionals,
    window_target,
)
from zoneeditor.core.errors import ReadError
from zoneeditor.io.project_file import version_names


def test_options_and_their_values_are_not_the_path():
    argv = ["-platform", "offscreen", "--lang", "ar", "-reverse", "talks.gpkg", "--self-test"]
    assert window_positionals(argv) == [(5, "talks.gpkg")]


def test_no_path_opens_the_sample():
    t = window_target(["--lang", "ru"], command_names())
    assert (t.path, t.version, t.argv) == (None, None, ("--lang", "ru"))


def test_path_and_version_are_parsed_and_the_version_spelled_as_stored(sample_copy):
    t = window_target(["--lang", "ar", f"{sample_copy}:proposal b"], command_names())
    assert t.path == sample_copy and t.version == "Proposal B"
    assert t.argv == ("--lang", "ar", str(sample_copy))  # the window's parser gets a path
    plain = window_target([str(sample_copy)], command_names())
    assert plain.version is None and plain.argv == (str(sample_copy),)


def test_bad_words_and_versions_are_refused(sample_copy, tmp_path):
    with pytest.raises(NoSuchCommandOrFile, match="did you mean 'diff'"):
        window_target(["dif"], command_names())
    with pytest.raises(ReadError, match=r"versions: agreed, Proposal B"):
        window_target([f"{sample_copy}:Plan C"], command_names())
    # a file whose name holds a colon is still a file
    odd = tmp_path / "a:b.gpkg"
    odd.write_bytes(sample_copy.read_bytes())
    assert window_target([str(odd)], command_names()).path == odd


def test_closest_command_only_when_close():
    assert closest_command("imprt", command_names()) == "import"
    assert closest_command("zebra", command_names()) is None


def test_version_names_read_without_opening_layers(sample_copy, tmp_path):
    assert version_names(sample_copy) == ["agreed", "Proposal B"]
    empty = tmp_path / "empty.gpkg"
    empty.write_bytes(b"")
    with pytest.raises(ReadError, match="empty"):
        version_names(empty)


def test_a_version_name_may_hold_colons(tmp_path):
    """A tester imported into "Draft: v2" (allowed), then could not name it:
    "cannot read imp14.gpkg:Draft: no such file"."""
    from zoneeditor.cli.window_target import split_spec

    project = tmp_path / "imp14.gpkg"
    project.write_bytes(b"")
    assert split_spec(f"{project}:Draft: v2") == (project, "Draft: v2")
    assert split_spec(f"{project}:agreed") == (project, "agreed")
    missing = tmp_path / "gone.gpkg"
    assert split_spec(f"{missing}:Draft: v2") == (missing, "Draft: v2")
    assert split_spec(f"{tmp_path / 'x.geojson'}:v") == (tmp_path / "x.geojson", "v")
    assert split_spec("C:") == (Path("C:"), None)


def test_a_missing_project_whose_name_folds_longer_keeps_its_version(tmp_path):
    """casefold() lengthens "ß" to "ss": the index found in the folded text cut the path
    and the version ("raft") of a missing Straße.gpkg (a reviewer's finding)."""
    from zoneeditor.cli.window_target import split_spec

    for name in ("Straße.gpkg", "İzmir.GPKG"):
        missing = tmp_path / name
        assert split_spec(f"{missing}:Draft") == (missing, "Draft")


def test_the_longest_head_that_is_a_file_wins(tmp_path):
    from zoneeditor.cli.window_target import split_spec

    (tmp_path / "data").write_bytes(b"")
    project = tmp_path / "data:2024.gpkg"
    project.write_bytes(b"")
    assert split_spec(f"{project}:agreed") == (project, "agreed")
