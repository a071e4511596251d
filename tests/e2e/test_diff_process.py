"""``zoneeditor diff`` after its speed-ups (issue #19.3) gives the report it gave before.

"Before" is rebuilt here in-process the plain way: each input read on its own (the project
read per version, each foreign file in its own sandbox child, ``read_any``), the whole
gazetteer table loaded, then ``diff_versions``. The command reads a project once, every
sandboxed file in one child, the gazetteer cells it needs, and decodes geometry in bulk.
Foreign files' features without ids get them from their place in the file and their shape
(the same on every read), so ids and fingerprints are compared too.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from zoneeditor.cli.commands.diff import restrict_to_common_layers
from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_report import attributes_missing_notes, report_to_dict
from zoneeditor.core.fingerprint import fingerprint, short
from zoneeditor.core.model import Version
from zoneeditor.io.exchange import read_any
from zoneeditor.io.gazetteer import load_gazetteer
from zoneeditor.io.project_file import read_project


def cli(*args: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "zoneeditor", "diff", *args, "--format",
                           "json"], capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _said(out: dict, report) -> dict:
    """The command's report without its notes, once the notes are checked to say what the
    report did about a side without parties or without some columns (the in-process report
    has no notes: they are the command's words around it)."""
    notes = out.pop("notes", [])
    for note in attributes_missing_notes(report):
        assert str(note) in notes, notes
    if report.parties_missing:
        assert any("no party column recognised" in n for n in notes), notes
    return out


def _foreign(path) -> Version:
    result = read_any(path)
    version = Version(path.name, {f.id: f for f in result.accepted()})
    version.description = "imported"
    return version


def test_two_versions_of_the_sample_give_the_same_report(sample_copy):
    old = read_project(sample_copy).agreed
    new = read_project(sample_copy).versions["Proposal B"]
    before = report_to_dict(diff_versions(old, new, load_gazetteer()))
    assert cli(f"{sample_copy}:agreed", f"{sample_copy}:Proposal B") == before


def test_an_untrusted_project_is_read_once_in_the_sandbox_with_the_same_report(sample_copy):
    con = sqlite3.connect(sample_copy)  # changed by another program: no longer trusted
    con.execute("UPDATE zoneeditor_meta SET value = 'Changed elsewhere' WHERE key = 'title'")
    con.commit()
    con.close()
    project = read_project(sample_copy, sandbox=True)
    before = report_to_dict(diff_versions(project.versions["Proposal B"], project.agreed,
                                          load_gazetteer()))
    assert cli(f"{sample_copy}:Proposal B", str(sample_copy)) == before


@pytest.mark.parametrize(("old", "new"), [("ocha", "geoboundaries"), ("gadm", "naturalearth"),
                                          ("osm", "ocha")])
def test_two_foreign_files_give_the_same_report(realdata, old, new):
    a, b = _foreign(realdata[old]), _foreign(realdata[new])
    report = diff_versions(a, b, load_gazetteer(), files=("old", "new"))
    before = report_to_dict(report)
    assert _said(cli(str(realdata[old]), str(realdata[new])), report) == before
    assert before["summary"]["modified"] == 6


def test_a_project_against_a_foreign_file_gives_the_same_report(sample_copy, realdata):
    agreed = read_project(sample_copy).agreed
    old, new = restrict_to_common_layers(agreed, _foreign(realdata["ocha"]))
    report = diff_versions(old, new, load_gazetteer(), files=("new",))
    before = report_to_dict(report)
    # compared on zones only, the header still names the whole version (as 'info' does)
    whole = fingerprint(agreed)
    before["old"].update(fingerprint=whole, fingerprint_short=short(whole))
    assert _said(cli(str(sample_copy), str(realdata["ocha"])), report) == before
