"""Why an export cannot be made is a Message the export dialog translates (plan problems,
read-back checks, the disk's cause), with the file's details as arguments."""

from __future__ import annotations

import pytest

from zoneeditor.core.errors import WriteError
from zoneeditor.core.messages import Message
from zoneeditor.io.exchange import export_versions, plan_export
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


@pytest.fixture(scope="module")
def project():
    return read_project(sample_path())


def test_plan_problems_are_messages(project, tmp_path):
    names = list(project.versions)[:2]
    plan = plan_export(project, names, "geojson", tmp_path / "out.json")
    templates = {p.template for p in plan.problems}
    assert templates == {"a GeoJSON file holds one version; export them one at a time",
                         "the file name should end in %1"}
    (ending,) = [p for p in plan.problems if p.args]
    assert ending.args == (".geojson",)


def test_text_an_encoding_cannot_hold_is_advice_with_the_fields(project, tmp_path):
    plan = plan_export(project, ["agreed"], "shp", tmp_path, encoding="cp1251")
    advice = plan.problems[-1]
    assert advice.template.startswith("fields with text %1 cannot hold: %2; leave them out")
    assert advice.args[0] == "cp1251"
    listed = advice.args[1]
    assert isinstance(listed, Message)  # "name_local (3 values), ..." as Messages
    with pytest.raises(WriteError) as caught:
        export_versions(project, ["agreed"], "shp", tmp_path, encoding="cp1251")
    assert isinstance(caught.value.reason, Message)
    assert "fields with text cp1251 cannot hold" in caught.value.reason


def test_exporting_under_a_file_says_so_without_the_systems_words(project, tmp_path):
    blocker = tmp_path / "exports"
    blocker.write_text("a file, not a folder")
    with pytest.raises(WriteError) as caught:
        export_versions(project, ["agreed"], "gpkg", blocker / "agreed.gpkg")
    reason = caught.value.reason
    assert reason.template == "%1 is a file, not a folder: choose another place; %2"
    assert reason.args[1] == "nothing was replaced"
    assert "Not a directory" not in str(caught.value) and "Errno" not in str(caught.value)


def test_progress_and_checks_are_messages(project, tmp_path):
    lines: list[str] = []
    report = export_versions(project, ["agreed"], "gpkg", tmp_path / "a.gpkg",
                             progress=lines.append)
    assert all(isinstance(line, Message) for line in lines)
    assert lines[0].template == "Writing %1…" and lines[0].args == ("GeoPackage",)
    assert any(line.template == "Verifying %1…" for line in lines)
    assert all(isinstance(c, Message) for c in report.checks)
    assert report.checks[0].template == ("%1: %2 features read back; ids, geometry and "
                                         "attributes match")
