"""A column another tool spells in other letters (``NAME_RU`` where the project has
``name_ru``) is the project's column: the import goes in, the values land side by side, and
the project saves and reads back. Before, the save failed ("the database lacks a table it
names"): SQLite and GDAL compare column names without case, so the layer had two columns of
one name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from zoneeditor.cli import main as cli_main
from zoneeditor.core.model import Feature, LayerKind
from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.session import sample_path


def _zone_file(path: Path, name: str, props: dict[str, str]) -> Path:
    ring = [[36.0, 35.0], [36.1, 35.0], [36.1, 35.1], [36.0, 35.1], [36.0, 35.0]]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": name, **props},
         "geometry": {"type": "Polygon", "coordinates": [ring]}}]}, ensure_ascii=False),
        encoding="utf-8")
    return path


def test_an_upper_case_column_joins_the_projects_column(tmp_path, capsys):
    project = tmp_path / "p.gpkg"
    shutil.copy(sample_path(), project)
    incoming = _zone_file(tmp_path / "ru.geojson", "Alpha",
                          {"name_local": "ألفا", "NAME_RU": "Альфа"})
    assert cli_main(["import", str(incoming), "--into", str(project),
                     "--as", "proposal:Proposal B"]) == 0
    assert "cannot write" not in capsys.readouterr().err
    version = read_project(project).version("Proposal B")
    alpha = next(f for f in version if f.attributes.get("name") == "Alpha")
    assert alpha.attributes["name_ru"] == "Альфа"
    assert not any(k != "name_ru" and k.casefold() == "name_ru" for f in version
                   for k in f.attributes)
    # the zones that had the column keep theirs
    assert any(f.attributes.get("name_ru") == "Восточная Гута" for f in version)


def test_two_files_spelling_a_new_column_differently_give_one_column(tmp_path):
    project = tmp_path / "p.gpkg"
    shutil.copy(sample_path(), project)
    first = _zone_file(tmp_path / "a.geojson", "A", {"Sector": "north"})
    second = _zone_file(tmp_path / "b.geojson", "B", {"SECTOR": "south"})
    assert cli_main(["import", str(first), str(second), "--into", str(project),
                     "--as", "proposal:Both"]) == 0
    sectors = {f.attributes["name"]: f.attributes.get("Sector")
               for f in read_project(project).version("Both")}
    assert sectors == {"A": "north", "B": "south"}


def test_a_save_keeps_both_values_of_keys_that_differ_only_in_case(tmp_path):
    """The save's own guard, for keys that reach the model another way (a merge, a sync):
    the second key is written under a free name, never dropped, and the save succeeds."""
    from shapely import box

    project = read_project(sample_path())
    version = project.version("agreed")
    zone = Feature("clash", LayerKind.ZONES, box(36, 35, 36.1, 35.1),
                   {"name": "Clash", "note": "lower", "NOTE": "upper"})
    version.features["clash"] = zone
    path = tmp_path / "saved.gpkg"
    write_project(project, path)
    back = read_project(path).version("agreed").features["clash"].attributes
    clashing = {k: v for k, v in back.items() if k.casefold().startswith("note_")
                or k.casefold() == "note"}
    assert clashing == {"note": "lower", "NOTE_2": "upper"}  # lower case keeps the column
    # the spelling most features use keeps it, whatever its case: the project's name_ru
    for i, name in enumerate(("Алеппо", "Хомс", "Хама")):
        version.features[f"ru{i}"] = Feature(f"ru{i}", LayerKind.ZONES,
                                             box(37 + i, 35, 37.1 + i, 35.1), {"name_ru": name})
    version.features["stray"] = Feature("stray", LayerKind.ZONES, box(40, 35, 40.1, 35.1),
                                        {"NAME_RU": "Идлиб"})
    write_project(project, path)
    back = read_project(path).version("agreed").features
    assert back["ru0"].attributes["name_ru"] == "Алеппо"
    assert back["stray"].attributes["NAME_RU_2"] == "Идлиб"
