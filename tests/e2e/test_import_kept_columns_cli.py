"""``zoneeditor import`` of a version sent back without its notes column: the notes stay,
the command says so in one sentence (and in ``--json``), and ``diff`` reads only the moved
vertex."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from support.sent_back import sent_back as edited

from zoneeditor.io.project_file import read_project


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, check=False)


def sent_back(project, tmp_path):
    """Proposal B as GeoJSON, with the notes property dropped and a vertex of Northern
    Hama moved (another party's edit)."""
    out = tmp_path / "b.geojson"
    assert run("export", f"{project}:Proposal B", "--format", "geojson", "--out",
               str(out)).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert any(f["properties"]["notes"] for f in data["features"])  # the sample has some
    edited(data)
    back = tmp_path / "back.geojson"
    back.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return back


@pytest.mark.parametrize("how", [["--as", "proposal:Proposal B"],
                                 ["--as", "proposal:Back", "--based-on", "Proposal B"]])
def test_the_notes_stay_and_diff_reads_only_the_moved_vertex(sample_copy, tmp_path, how):
    before = read_project(sample_copy).versions["Proposal B"]
    noted = {f.id: f.attributes["notes"] for f in before if f.attributes["notes"]}
    back = sent_back(sample_copy, tmp_path)
    original = tmp_path / "original.gpkg"
    original.write_bytes(sample_copy.read_bytes())
    proc = run("import", str(back), "--into", str(sample_copy), *how)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (f"note: kept from 'Proposal B' for {len(noted)} matched feature: notes, which "
            "the files have no column for") in proc.stdout
    target = how[1].partition(":")[2]
    made = read_project(sample_copy).versions[target]
    assert {fid: made.features[fid].attributes["notes"] for fid in noted} == noted
    diff = run("diff", f"{original}:Proposal B", f"{sample_copy}:{target}")
    assert "1 modified, 0 added, 0 removed, 11 unchanged." in diff.stdout, diff.stdout
    assert "changed notes" not in diff.stdout


def test_json_says_what_was_kept(sample_copy, tmp_path):
    back = sent_back(sample_copy, tmp_path)
    proc = run("import", str(back), "--into", str(sample_copy), "--as",
               "proposal:Proposal B", "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    kept = json.loads(proc.stdout)["kept_from_base"]
    assert kept["version"] == "Proposal B" and kept["attributes"] == {"notes": 1}
    assert kept["features"] == 1 and kept["note"].startswith("kept from 'Proposal B'")


def test_nothing_is_said_for_a_new_proposal_of_the_files_alone(sample_copy, tmp_path):
    back = sent_back(sample_copy, tmp_path)
    proc = run("import", str(back), "--into", str(sample_copy), "--as", "proposal:Alone",
               "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["kept_from_base"] is None
