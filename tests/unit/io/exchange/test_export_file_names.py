"""Shapefile sets are named after the version they hold, in its own script: an outside
tester's export of "Предложение Д" into a folder gave ``export_zones.shp``, which said
nothing of what was inside (``core.file_names``, docs/exchange.md)."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.core.model import Project
from zoneeditor.io.exchange import export_versions, read_any
from zoneeditor.io.project_file import read_project, write_project

NAME = "Предложение Д"


def _with_russian_version(sample_copy) -> Project:
    project = read_project(sample_copy)
    russian = project.versions["Proposal B"].copy(NAME)
    return Project.from_versions(project.meta, [*project.versions.values(), russian])


def test_a_folder_names_each_set_after_its_version(sample_copy, tmp_path):
    project = _with_russian_version(sample_copy)
    out = tmp_path / "out"
    out.mkdir()
    export_versions(project, [NAME], "shp", out)
    assert (out / "предложение_д_zones.shp").exists()
    back = read_any(out / "предложение_д_zones.shp")
    assert len(back.all_features) == len(project.versions[NAME].layer("zones"))
    export_versions(project, ["agreed", NAME], "shp", tmp_path / "both")
    names = {p.name for p in (tmp_path / "both").glob("*_zones.shp")}
    assert names == {"agreed_zones.shp", "предложение_д_zones.shp"}


def test_a_named_zip_keeps_its_name_in_its_script(sample_copy, tmp_path):
    project = _with_russian_version(sample_copy)
    export_versions(project, [NAME], "shp", tmp_path / "переговоры-Предложение Д.zip",
                    zipped=True)
    with zipfile.ZipFile(tmp_path / "переговоры-Предложение Д.zip") as zf:
        # the name the user typed is theirs: its letter case and spaces stay
        assert "переговоры-Предложение Д_zones.shp" in zf.namelist()


def test_the_cli_names_a_folders_sets_after_the_version(sample_copy, tmp_path):
    project = _with_russian_version(sample_copy)
    write_project(project, sample_copy)
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.run([sys.executable, "-m", "zoneeditor", "export",
                           f"{sample_copy}:{NAME}", "--format", "shp", "--out", str(out)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    back = read_any(out / "предложение_д_zones.shp")
    assert fingerprint(back.all_features) == fingerprint(project.versions[NAME].layer("zones"))


def test_a_named_set_keeps_the_users_spelling_and_the_line_names_its_files(sample_copy,
                                                                           tmp_path):
    """An outside tester's ``--out cp/propB.shp`` wrote ``propb_zones.shp``... and said
    "exported ... to cp/propB.shp", a file that does not exist."""
    out = tmp_path / "cp"
    out.mkdir()
    proc = subprocess.run([sys.executable, "-m", "zoneeditor", "export",
                           f"{sample_copy}:Proposal B", "--format", "shp", "--out",
                           str(out / "propB.shp")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    shps = sorted(p.name for p in out.glob("*.shp"))
    assert shps == ["propB_lines.shp", "propB_points.shp", "propB_zones.shp"]
    last = proc.stdout.strip().splitlines()[-1]
    named = [part for part in last.replace(",", " ").split() if part.endswith(".shp")]
    assert sorted(named) == sorted(str(out / name) for name in shps), last
    assert str(out / "propB.shp") not in last
