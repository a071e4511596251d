"""Reference layers and control points in the project: undoable, journaled, saved, reopened,
carried inside the file, and a missing reference file that does not stop the project opening."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest
from conftest import project_with, zone

from zoneeditor.core.errors import ReadError
from zoneeditor.core.reference import ControlPoint, Georeference, ReferenceStyle
from zoneeditor.core.reference_edits import (
    add_control_point,
    add_georeference,
    add_reference,
    move_reference,
    remove_reference,
    update_control_point,
    update_reference,
)
from zoneeditor.core.reference_rows import reference_rows
from zoneeditor.io.journal import decode_changeset, encode_changeset
from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.recovery import find_for, replay
from zoneeditor.io.reference import (
    RasterData,
    VectorData,
    embed,
    load_references,
    new_reference,
)
from zoneeditor.io.session import Session


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "talks.gpkg"
    write_project(project_with(agreed=[zone("z1", "POLYGON ((36.5 35.9, 36.6 35.9, 36.6 36, "
                                                   "36.5 35.9))", name="Z")]), path)
    return path


def test_reference_edits_undo_redo_and_merge_a_slider_drag(project_file, osm_xml, geotiff_4326):
    session = Session.open(project_file)
    doc = session.document
    osm, _ = new_reference(osm_xml, name="Idlib OSM")
    tif, _ = new_reference(geotiff_4326)
    doc.history.push(add_reference(doc.project.meta, doc.current_version, osm))
    doc.history.push(add_reference(doc.project.meta, doc.current_version, tif, position=0))
    assert [r.name for r in doc.project.meta.references] == ["quadrants-4326", "Idlib OSM"]
    for value in (0.9, 0.7, 0.5):  # a slider drag: one undo step
        doc.history.push(update_reference(doc.project.meta, doc.current_version, tif.id,
                                          opacity=value))
    assert doc.project.meta.reference(tif.id).opacity == 0.5
    doc.history.undo()
    assert doc.project.meta.reference(tif.id).opacity == 1.0
    doc.history.redo()
    doc.history.push(move_reference(doc.project.meta, doc.current_version, tif.id, 1))
    assert [r.id for r in doc.project.meta.references] == [osm.id, tif.id]
    doc.history.push(update_reference(doc.project.meta, doc.current_version, osm.id,
                                      visible=False))
    assert doc.history.entries[-1].label == "Hide reference layer Idlib OSM"
    doc.history.push(remove_reference(doc.project.meta, doc.current_version, tif.id))
    doc.history.undo()
    assert doc.project.meta.reference(tif.id).opacity == 0.5
    session.close()


def test_control_points_are_undoable_and_replay_from_the_journal(project_file, scan_png):
    session = Session.open(project_file)
    doc = session.document
    g = Georeference.create(str(scan_png), crs="EPSG:4326")
    v = doc.current_version
    doc.history.push(add_georeference(doc.project.meta, v, g))
    cps = [ControlPoint.create(10, 20, 36.5, 35.9), ControlPoint.create(300, 40, 36.56, 35.9)]
    for cp in cps:
        doc.history.push(add_control_point(doc.project.meta, v, g.id, cp))
    for dx in (1, 2, 3):  # dragging a point: one step
        doc.history.push(update_control_point(doc.project.meta, v, g.id, cps[1].id,
                                              px=300 + dx))
    assert doc.project.meta.georeference(g.id).point(cps[1].id).px == 303
    doc.history.undo()
    assert doc.project.meta.georeference(g.id).point(cps[1].id).px == 300
    live = doc.project.meta
    # what a crash would leave: the journal replays to the same project details
    candidate = find_for(project_file)
    assert candidate is None  # this editor is alive; replay the journal directly
    recovered = replay(session.journal)
    assert recovered.project.meta == live
    assert [e.label for e in recovered.history.entries] == [e.label for e in
                                                            doc.history.entries]
    cs = doc.history.entries[1]
    assert decode_changeset(encode_changeset(cs)) == cs
    session.close()


def test_references_survive_save_and_reopen(project_file, osm_xml, geotiff_4326, scan_png):
    project = read_project(project_file)
    osm, _ = new_reference(osm_xml, name="Idlib OSM")
    tif, _ = new_reference(geotiff_4326)
    osm = osm.__class__(**{**osm.__dict__, "style": ReferenceStyle(colour="#112233", width=1.5),
                           "opacity": 0.6, "visible": False})
    g = Georeference.create(str(scan_png), method="tps", crs="EPSG:32637",
                            points=(ControlPoint.create(1.5, 2.5, 36.51, 35.95),
                                    ControlPoint("x", 100, 200, 36.52, 35.94, False)))
    meta = project.meta.__class__(**{**project.meta.__dict__, "references": (tif, osm),
                                     "georeferences": (g,)})
    project.meta = meta
    write_project(project, project_file)
    back = read_project(project_file)
    assert back.meta.references == (tif, osm)
    assert back.meta.georeferences == (g,)
    # an independent reader sees the tables
    out = subprocess.run(["/usr/bin/ogrinfo", "-ro", "-al", "-q", str(project_file),
                          "zoneeditor_references", "zoneeditor_control_points"],
                         capture_output=True, text=True, check=True).stdout
    assert "Idlib OSM" in out and "pixel_x (Real) = 1.5" in out


def test_project_moved_with_its_data_finds_references_beside_it(project_file, osm_xml,
                                                                 tmp_path):
    project = read_project(project_file)
    osm, _ = new_reference(osm_xml)
    project.meta = project.meta.__class__(**{**project.meta.__dict__, "references": (osm,)})
    write_project(project, project_file)
    moved = tmp_path / "laptop"
    moved.mkdir()
    shutil.copy(project_file, moved / "talks.gpkg")
    shutil.copy(osm_xml, moved / osm_xml.name)
    osm_xml.unlink()
    back = read_project(moved / "talks.gpkg")
    assert back.meta.references[0].path == str(moved / osm_xml.name)
    loaded, problems = load_references(back.meta.references, moved / "talks.gpkg")
    assert problems == {} and isinstance(loaded[osm.id], VectorData)


def test_missing_reference_file_is_a_clear_message_and_the_project_opens(
        project_file, osm_xml, geotiff_4326):
    project = read_project(project_file)
    osm, _ = new_reference(osm_xml, name="Idlib OSM")
    tif, _ = new_reference(geotiff_4326, name="Imagery")
    project.meta = project.meta.__class__(**{**project.meta.__dict__,
                                             "references": (osm, tif)})
    write_project(project, project_file)
    geotiff_4326.unlink()
    session = Session.open(project_file)  # opens: references are not data of the project
    assert [r.name for r in session.document.project.meta.references] == ["Idlib OSM",
                                                                          "Imagery"]
    loaded, problems = load_references(session.document.project.meta.references,
                                       project_file)
    assert list(loaded) == [osm.id]
    assert problems == {tif.id: f"Reference layer 'Imagery' is not shown: cannot read "
                                f"{geotiff_4326}: no such file"}
    rows = reference_rows(session.document.project.meta.references,
                          {i: d.from_copy for i, d in loaded.items()}, problems)
    assert [(r.name, r.state) for r in rows] == [("Imagery", "missing"), ("Idlib OSM", "shown")]
    assert rows[0].detail == problems[tif.id]
    session.close()


def test_a_carried_copy_travels_inside_the_project_file(project_file, geotiff_4326, tmp_path,
                                                        monkeypatch):
    project = read_project(project_file)
    tif, _ = new_reference(geotiff_4326)
    tif = embed(tif)
    assert len(tif.embedded) == 64
    project.meta = project.meta.__class__(**{**project.meta.__dict__, "references": (tif,)})
    write_project(project, project_file)
    con = sqlite3.connect(project_file)
    (size,) = con.execute("SELECT length(data) FROM zoneeditor_reference_blobs").fetchone()
    con.close()
    assert size == geotiff_4326.stat().st_size
    # another laptop: no original file, an empty cache folder
    geotiff_4326.unlink()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other-cache"))
    back = read_project(project_file)
    loaded, problems = load_references(back.meta.references, project_file)
    assert problems == {}
    data = loaded[tif.id]
    assert isinstance(data, RasterData) and data.from_copy
    assert data.source.render(data.bounds, 8, 8)[1, 1].tolist() == [220, 30, 30, 255]
    # saving again (elsewhere) keeps the copy
    write_project(back, tmp_path / "copy.gpkg")
    again = read_project(tmp_path / "copy.gpkg")
    assert again.meta.references[0].embedded == tif.embedded


def test_a_reference_file_gdal_cannot_read_is_refused_with_a_reason(tmp_path):
    bad = tmp_path / "broken.tif"
    bad.write_bytes(b"II*\x00" + b"\x00" * 64)
    with pytest.raises(ReadError, match=r"broken\.tif"):
        new_reference(bad)
    plain = tmp_path / "holiday.png"
    from support.reference import write_scan_png

    write_scan_png(plain)
    with pytest.raises(ReadError, match="georeference it"):
        new_reference(plain)


def test_a_removed_reference_stays_removed_and_save_as_takes_its_copy_along(
        project_file, geotiff_4326, osm_xml, tmp_path, monkeypatch):
    project = read_project(project_file)
    tif, _ = new_reference(geotiff_4326)
    tif = embed(tif)
    osm, _ = new_reference(osm_xml, name="Idlib OSM")
    project.meta = project.meta.__class__(**{**project.meta.__dict__,
                                             "references": (tif, osm)})
    write_project(project, project_file)
    # a save without the references must not bring them back from the old file
    project.meta = project.meta.__class__(**{**project.meta.__dict__, "references": (tif,)})
    write_project(project, project_file)
    assert [r.name for r in read_project(project_file).meta.references] == [tif.name]
    # "save as" on a laptop whose cache lost the copy: it comes from the file saved from
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "empty-cache"))
    geotiff_4326.unlink()
    with Session.open(project_file) as session:
        session.save(tmp_path / "elsewhere.gpkg")
    again = read_project(tmp_path / "elsewhere.gpkg")
    assert again.meta.references == (tif,)
    loaded, problems = load_references(again.meta.references, tmp_path / "elsewhere.gpkg")
    assert problems == {} and isinstance(loaded[tif.id], RasterData)
