"""``zoneeditor merge`` end to end: two copies of the sample edited in separate processes.

Each copy is edited through the Session API in its own process (as two delegates' laptops
would; the ``two_copies`` fixture of tests/support/merge.py, shared with the window's test):
ours moves the northern stretch of Idlib and notes Eastern Ghouta and deletes the joint
monitoring centre; theirs moves a vertex of the southern Idlib–Hama border (shared by both
zones and the line of contact), marks North of Homs disputed and moves the same monitoring
centre. The merge must find the common ancestor on its own, carry every non-conflicting
edit, and report exactly one conflict: the centre deleted vs moved.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import shapely

from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


def _zoneeditor(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def _vertices(geometry) -> set[tuple[float, float]]:
    return {tuple(c) for c in shapely.get_coordinates(geometry).tolist()}


def test_merge_two_copies_edited_apart(two_copies, tmp_path):
    a, b, moves = two_copies
    before_a, before_b = read_project(a), read_project(b)
    report = tmp_path / "merge.json"
    run = _zoneeditor("merge", f"{a.name}:Proposal B", b.name, "--report", str(report),
                      cwd=tmp_path)
    assert run.returncode == 1, run.stderr  # one conflict remains
    assert "Common ancestor (found from the two files' history)" in run.stdout
    assert "1 conflict" in run.stdout and "Traceback" not in run.stderr

    after = read_project(a)
    name = "Proposal B + bob"
    merged = after.versions[name]
    # neither input version changed; the other file is untouched
    assert after.versions["Proposal B"].features == before_a.versions["Proposal B"].features
    assert read_project(b).versions["Proposal B"].features == \
        before_b.versions["Proposal B"].features

    ours_to, theirs_from, theirs_to = (tuple(moves["ours"]["to"]), tuple(moves["theirs"]["from"]),
                                       tuple(moves["theirs"]["to"]))
    idlib = _vertices(merged.features["zone-idlib"].geometry)
    assert ours_to in idlib and theirs_to in idlib and theirs_from not in idlib  # both stretches
    hama = _vertices(merged.features["zone-hama"].geometry)
    contact = _vertices(merged.features["line-idlib-hama"].geometry)
    assert theirs_to in hama and theirs_to in contact  # the shared border moved everywhere
    assert merged.features["zone-ghouta"].attributes["notes"] == "annex 2"
    assert merged.features["zone-homs"].status == "disputed"
    assert merged.features["zone-idlib"].geometry.is_valid

    data = json.loads(report.read_text(encoding="utf-8"))
    (conflict,) = data["conflicts"]
    assert conflict["kind"] == "delete_modify" and conflict["feature_id"] == "post-jmc"
    assert conflict["ours"]["did"] == "deleted"
    assert conflict["theirs"]["did"] == "changed geometry"
    assert conflict["where"]["lat"] == pytest.approx(33.51, abs=0.01)
    assert data["summary"]["within_geometry"] == 1
    assert [e["id"] for e in data["combined"]] == ["zone-idlib"]
    assert {e["id"] for e in data["taken_theirs"]} >= {"zone-hama", "line-idlib-hama",
                                                       "zone-homs"}
    assert "merge_conflict" in merged.features["post-jmc"].attributes

    # ogrinfo (Debian's GDAL, not ours) sees the new proposal's layers
    info = subprocess.run(["/usr/bin/ogrinfo", "-so", str(a)], capture_output=True, text=True)
    assert "zones__proposal_b_bob" in info.stdout


RESOLVE_AND_EDIT = textwrap.dedent("""
    import sys
    from zoneeditor.core import edits
    from zoneeditor.core.merge.resolve import is_resolved, open_conflicts, resolution
    from zoneeditor.io.lineage import read_conflicts
    from zoneeditor.io.session import Session

    path, role = sys.argv[1], sys.argv[2]
    session = Session.open(path)
    doc = session.document
    if role == "ours":  # resolve the merge proposal's conflict, keeping ours
        for conflict in read_conflicts(session.path, "M1"):
            doc.history.push(resolution(conflict, "ours", doc.project.versions["M1"]))
        assert is_resolved(doc.project.versions["M1"]), open_conflicts(doc.project.versions["M1"])
    else:  # theirs goes on editing their copy
        v = doc.project.versions["Proposal B"]
        doc.history.push(edits.set_attributes(v, v.features["zone-south"], notes="later"))
    session.save()
    session.close()
""")


def test_merging_again_after_both_continue_starts_from_the_last_merge(two_copies, tmp_path):
    a, b, _ = two_copies
    first = _zoneeditor("merge", f"{a.name}:Proposal B", b.name, "--into", "M1", cwd=tmp_path)
    assert first.returncode == 1
    for path, role in ((a, "ours"), (b, "theirs")):
        proc = subprocess.run([sys.executable, "-c", RESOLVE_AND_EDIT, str(path), role],
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
    assert "post-jmc" not in read_project(a).versions["M1"].features  # ours kept: deleted
    # the base is now bob's state merged into M1: his later edit and alice's edits (which bob
    # has not seen) combine, and the settled conflict does not come back
    again = _zoneeditor("merge", f"{a.name}:M1", f"{b.name}:Proposal B", "--into", "M2",
                        "--report", str(tmp_path / "again.json"), cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "bob.gpkg" in again.stdout.splitlines()[1]
    data = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in data["taken_theirs"]] == ["zone-south"]
    assert {e["id"] for e in data["taken_ours"]} == {"post-jmc", "zone-ghouta", "zone-idlib"}
    assert data["conflicts"] == []
    m2 = read_project(a).versions["M2"]
    assert m2.features["zone-south"].attributes["notes"] == "later"
    assert "post-jmc" not in m2.features


def _edited_elsewhere(path: Path, title: str | None = None) -> None:
    """Change a copy with another program's means: no history is recorded."""
    from dataclasses import replace

    from zoneeditor.io.project_file import write_project

    project = read_project(path)
    v = project.versions["Proposal B"]
    v.features["post-jmc"] = v.features["post-jmc"].with_attributes(notes="edited elsewhere")
    if title is not None:
        project.meta = replace(project.meta, title=title)
    write_project(project, path)


def test_copies_of_the_sample_without_history_start_from_the_bundled_sample(tmp_path):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    shutil.copyfile(sample_path(), a)
    shutil.copyfile(sample_path(), b)
    _edited_elsewhere(b)
    run = _zoneeditor("merge", f"{a.name}:Proposal B", b.name, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "the bundled sample's 'Proposal B'" in run.stdout
    merged = read_project(a).versions["Proposal B + b"]
    assert merged.features["post-jmc"].attributes["notes"] == "edited elsewhere"


def test_no_common_ancestor_says_so_and_offers_a_diff(tmp_path):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    shutil.copyfile(sample_path(), a)
    shutil.copyfile(sample_path(), b)
    _edited_elsewhere(b, title="Another project")  # no history, and not the sample any more
    run = _zoneeditor("merge", f"{a.name}:Proposal B", b.name, cwd=tmp_path)
    assert run.returncode == 2
    assert "no merge history" in run.stderr and "zoneeditor diff" in run.stderr
    assert "--base FILE:VERSION" in run.stderr
    assert run.stderr.count("\n") == 1  # one sentence, no traceback
    # naming the base works
    given = _zoneeditor("merge", f"{a.name}:Proposal B", b.name, "--base",
                        f"{a.name}:Proposal B", cwd=tmp_path)
    assert given.returncode == 0, given.stderr
    assert "Common ancestor (given)" in given.stdout
    merged = read_project(a).versions["Proposal B + b"]
    assert merged.features["post-jmc"].attributes["notes"] == "edited elsewhere"


def test_unreadable_input_exits_2(tmp_path):
    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(b"not a geopackage")
    good = tmp_path / "good.gpkg"
    shutil.copyfile(sample_path(), good)
    run = _zoneeditor("merge", str(good), str(bad), cwd=tmp_path)
    assert run.returncode == 2 and "bad.gpkg" in run.stderr and "Traceback" not in run.stderr
    missing = _zoneeditor("merge", str(good), str(tmp_path / "nope.gpkg"), cwd=tmp_path)
    assert missing.returncode == 2 and "no such file" in missing.stderr
