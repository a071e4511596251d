"""Reference layers in the real window (pytest-qt, offscreen): adding each kind and seeing its
pixels on the canvas at known places, the Layers panel's rows (visibility, opacity, order,
remove — each undoable), a missing file reported while the project still opens, references
shown for this run only (``zoneeditor PATH --reference FILE``), printing with attribution.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from support.reference import (
    LAKE_NODES,
    QUADRANTS,
    RIVER_NODES,
    TIFF_BOX,
    tile_of,
    write_gpkg_tiles,
)

from zoneeditor.core.model import LayerKind
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.reference_style import STYLES


# -- helpers ---------------------------------------------------------------------------------
def bare_map(window) -> None:
    """Hide the project layers, countries and towns: only references (and the sea) remain."""
    layers = window.editor.layer_state
    for kind in LayerKind:
        layers.set_visible(kind, False)
    layers.set_flag("show_basemap", False)
    layers.set_flag("show_towns", False)
    layers.set_flag("baseline_underlay", False)


def settle(window) -> None:
    """Wait for reads and target builds, then for the render workers, then repaint."""
    state = window.editor.references
    assert state.wait(60)
    for _ in range(3):
        window.canvas.grab()  # a frame asks for the tiles and paths it lacks
        state.cache.wait()
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()


def frame(window) -> QImage:
    settle(window)
    return window.canvas.grab().toImage()


def colour_at(window, img: QImage, lon: float, lat: float) -> tuple[int, int, int]:
    x, y = window.canvas.viewport.to_screen(lon, lat)
    ratio = img.devicePixelRatio()
    c = img.pixelColor(round(x * ratio), round(y * ratio))
    return (c.red(), c.green(), c.blue())


def near(a, b, tol=12) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def rgb(hex_colour: str) -> tuple[int, int, int]:
    c = QColor(hex_colour)
    return (c.red(), c.green(), c.blue())


def show(window, box, margin=0.0) -> None:
    w, s, e, n = box
    window.canvas.set_view(Viewport.fit((w - margin, s - margin, e + margin, n + margin),
                                        window.canvas.width(), window.canvas.height()),
                           settle=False)


def add(window, *paths) -> list[str]:
    """Add files through the window's action path; returns the new reference ids in the
    order of ``paths`` (those that could be read)."""
    before = {r.id for r in window.editor.references.layers()}
    window.addons.references.add([str(p) for p in paths])
    assert window.editor.references.wait(60)
    new = {r.path: r.id for r in window.editor.references.layers() if r.id not in before}
    return [new[str(Path(p).absolute())] for p in paths if str(Path(p).absolute()) in new]


# -- adding each kind ------------------------------------------------------------------------
def test_adding_an_osm_extract_draws_its_river_and_lake(editor, osm_xml):
    bare_map(editor)
    show(editor, TIFF_BOX)
    x, y = RIVER_NODES[2]
    sea = colour_at(editor, frame(editor), x, y)
    (rid,) = add(editor, osm_xml)
    meta = editor.document.project.meta
    assert [r.id for r in meta.references] == [rid]
    assert meta.references[0].kind == "osm"
    assert editor.document.history.undo_label.startswith("Add reference layer")
    img = frame(editor)
    assert near(colour_at(editor, img, x, y), rgb(STYLES["river"].colour), tol=30), sea
    lx = sum(LAKE_NODES[i][0] for i in (71, 72)) / 2
    ly = sum(LAKE_NODES[i][1] for i in (72, 73)) / 2
    assert colour_at(editor, img, lx, ly) != sea  # the lake is filled
    rows = editor.layers_panel.references_view.rows
    assert [(r.name, r.state) for r in rows] == [("world", "shown")]


def test_adding_a_geotiff_draws_its_quadrants(editor, geotiff_4326):
    bare_map(editor)
    w, s, e, n = TIFF_BOX
    show(editor, TIFF_BOX, 0.01)
    add(editor, geotiff_4326)
    img = frame(editor)
    dx, dy = (e - w) / 4, (n - s) / 4
    assert near(colour_at(editor, img, w + dx, n - dy), QUADRANTS["nw"])
    assert near(colour_at(editor, img, e - dx, s + dy), QUADRANTS["se"])
    layer = editor.document.project.meta.references[0]
    assert layer.kind == "raster" and "Example Agency" in layer.attribution


def test_adding_mbtiles_draws_its_tiles(editor, mbtiles):
    bare_map(editor)
    path, colours = mbtiles
    (rid,) = add(editor, path)
    box = editor.editor.references.bounds(rid)
    show(editor, box)
    img = frame(editor)
    w, s, e, n = box
    # the north-west tile is the first colour written
    lon, lat = w + (e - w) / 4, n - (n - s) / 4
    cx, cy = tile_of(lon, lat, 10)
    assert near(colour_at(editor, img, lon, lat), colours[(cx, cy)])


def test_adding_a_geopackage_tile_set_draws_it(editor, tmp_path):
    bare_map(editor)
    gpkg = write_gpkg_tiles(tmp_path / "tiles.gpkg")
    w, s, e, n = TIFF_BOX
    show(editor, TIFF_BOX, 0.01)
    (rid,) = add(editor, gpkg)
    assert editor.editor.references.layer(rid).kind == "raster"
    img = frame(editor)
    dx, dy = (e - w) / 4, (n - s) / 4
    assert near(colour_at(editor, img, w + dx, n - dy), QUADRANTS["nw"], tol=20)
    assert near(colour_at(editor, img, e - dx, s + dy), QUADRANTS["se"], tol=20)


# -- the Layers panel: each change one undo step ---------------------------------------------
def test_panel_visibility_opacity_order_and_remove_are_undoable(editor, osm_xml, geotiff_4326):
    bare_map(editor)
    show(editor, TIFF_BOX)
    osm, tif = add(editor, osm_xml, geotiff_4326)
    state = editor.editor.references
    view = editor.layers_panel.references_view
    history = editor.document.history
    # imagery goes under the vector references, even when added after them (rows: top first)
    assert [r.id for r in view.rows] == [osm, tif]
    x, y = RIVER_NODES[2]
    river = rgb(STYLES["river"].colour)
    assert near(colour_at(editor, frame(editor), x, y), river, tol=30)

    # order: move the image above the extract (button): it hides the river; undo, redo
    view.select(tif)
    assert view.up.isEnabled() and not view.down.isEnabled()
    view.up.click()
    assert [r.id for r in editor.document.project.meta.references] == [osm, tif]
    assert [r.id for r in view.rows] == [tif, osm]
    assert history.undo_label.startswith("Reorder reference layer")
    covered = colour_at(editor, frame(editor), x, y)
    assert not near(covered, river, tol=30)
    editor.map.undo()
    assert [r.id for r in editor.document.project.meta.references] == [tif, osm]
    assert near(colour_at(editor, frame(editor), x, y), river, tol=30)
    editor.map.redo()
    assert colour_at(editor, frame(editor), x, y) == covered

    # hide the image: the river shows; undo shows the image again
    steps = history.index
    view.table.cellWidget(0, view.COL_VISIBLE).click()
    assert history.index == steps + 1
    assert not state.layer(tif).visible
    assert near(colour_at(editor, frame(editor), x, y), river, tol=30)
    editor.map.undo()
    assert state.layer(tif).visible
    assert colour_at(editor, frame(editor), x, y) == covered

    # an opacity drag is one undo step; a second drag is another
    slider = view.table.cellWidget(0, view.COL_OPACITY)
    steps = history.index
    for drag in ((80, 60, 40), (30, 20)):
        slider.setSliderDown(True)
        state.begin_gesture()  # what sliderPressed does for a mouse press
        for value in drag:
            slider.setValue(value)
        slider.setSliderDown(False)
    assert history.index == steps + 2
    assert state.layer(tif).opacity == pytest.approx(0.2)
    assert colour_at(editor, frame(editor), x, y) != covered  # the river shows through
    editor.map.undo()
    assert state.layer(tif).opacity == pytest.approx(0.4)
    editor.map.undo()
    assert state.layer(tif).opacity == pytest.approx(1.0)
    assert colour_at(editor, frame(editor), x, y) == covered

    # remove the image, undo brings it back (its data kept: drawn at once)
    view.select(tif)
    view.remove.click()
    assert [r.id for r in editor.document.project.meta.references] == [osm]
    assert [r.id for r in view.rows] == [osm]
    assert near(colour_at(editor, frame(editor), x, y), river, tol=30)
    editor.map.undo()
    assert [r.id for r in view.rows] == [tif, osm]
    assert colour_at(editor, frame(editor), x, y) == covered


def test_references_survive_save_and_reopen_and_a_missing_file_is_reported(
        editor, tmp_path, osm_xml, geotiff_4326, monkeypatch):
    moved = tmp_path / "elsewhere.tif"
    shutil.copyfile(geotiff_4326, moved)
    osm, tif = add(editor, osm_xml, moved)
    project = tmp_path / "with-references.gpkg"
    editor.editor.save(project)
    moved.unlink()  # the imagery is gone when the project is opened again
    messages: list[str] = []
    monkeypatch.setattr(editor, "status", lambda text, timeout=6000: messages.append(text))
    assert editor.open_path(project)
    state = editor.editor.references
    assert state.wait(60)
    assert [r.id for r in editor.document.project.meta.references] == [tif, osm]
    rows = {r.id: r for r in editor.layers_panel.references_view.rows}
    assert rows[osm].state == "shown"
    assert rows[tif].state == "missing"
    assert "elsewhere.tif" in rows[tif].detail and "no such file" in rows[tif].detail
    assert any("elsewhere.tif" in m for m in messages)  # said once in the status bar
    view = editor.layers_panel.references_view
    item = view.table.item([r.id for r in view.rows].index(tif), view.COL_NAME)
    assert item.toolTip() == rows[tif].detail and not item.icon().isNull()
    # the project itself opened: its features are there and the OSM extract is drawn
    assert len(editor.document.version) > 0
    bare_map(editor)
    show(editor, TIFF_BOX)
    x, y = RIVER_NODES[2]
    assert near(colour_at(editor, frame(editor), x, y), rgb(STYLES["river"].colour), tol=30)
    # Locate…: the file was found elsewhere; one undo step, and it is drawn from there
    found = tmp_path / "found" / "imagery.tif"
    found.parent.mkdir()
    shutil.copyfile(geotiff_4326, found)
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(found), "")))
    view.select(tif)
    assert view.locate.isVisible() and view.locate.isEnabled()
    view.locate.click()
    assert state.wait(60)
    assert state.layer(tif).path == str(found)
    assert {r.id: r.state for r in view.rows}[tif] == "shown"
    assert editor.document.history.undo_label == "Change reference layer elsewhere"
    editor.map.undo()
    assert state.wait(60)
    assert {r.id: r.state for r in view.rows}[tif] == "missing"


def test_a_carried_copy_shows_the_reference_when_its_file_is_gone(editor, tmp_path,
                                                                  geotiff_4326):
    moved = tmp_path / "carried.tif"
    shutil.copyfile(geotiff_4326, moved)
    (tif,) = add(editor, moved)
    view = editor.layers_panel.references_view
    view.select(tif)
    assert view.carry.isEnabled()
    view.carry.click()
    assert editor.editor.references.wait(60)
    assert editor.document.project.meta.reference(tif).embedded
    assert editor.document.history.undo_label.startswith("Change reference layer")
    project = tmp_path / "carrying.gpkg"
    editor.editor.save(project)
    moved.unlink()
    assert editor.open_path(project)
    assert editor.editor.references.wait(60)
    (row,) = editor.layers_panel.references_view.rows
    assert row.state == "copy"
    bare_map(editor)
    w, s, e, n = TIFF_BOX
    show(editor, TIFF_BOX, 0.01)
    img = frame(editor)
    assert near(colour_at(editor, img, w + (e - w) / 4, n - (n - s) / 4), QUADRANTS["nw"])


def test_an_unreadable_file_added_is_one_sentence_in_a_dialog(editor, tmp_path, monkeypatch):
    bad = tmp_path / "broken.tif"
    bad.write_bytes(b"II*\x00 this is not a GeoTIFF")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(editor, "show_error", lambda title, text: shown.append((title, text)))
    assert add(editor, bad) == []
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Cannot add reference layer"
    assert "broken.tif" in text and "Traceback" not in text and "\n" not in text
    assert editor.document.project.meta.references == ()


# -- shown for this run only (zoneeditor PATH --reference FILE) ------------------------------
def test_a_run_only_reference_is_shown_not_saved_and_can_be_kept(editor, osm_xml, tmp_path):
    state = editor.editor.references
    steps = editor.document.history.index
    state.show_files([osm_xml])
    assert state.wait(60)
    (layer,) = state.layers()
    assert state.is_run_only(layer.id)
    assert editor.document.project.meta.references == ()
    assert editor.document.history.index == steps  # not an edit: nothing to save
    view = editor.layers_panel.references_view
    name = view.table.item(0, view.COL_NAME)
    assert name.text() == "world" and name.font().italic()
    assert view.keep.isVisible() and view.run_only_note.isVisible()
    bare_map(editor)
    show(editor, TIFF_BOX)
    x, y = RIVER_NODES[2]
    assert near(colour_at(editor, frame(editor), x, y), rgb(STYLES["river"].colour), tol=30)
    view.select(layer.id)
    view.keep.click()
    assert [r.id for r in editor.document.project.meta.references] == [layer.id]
    assert not state.is_run_only(layer.id)
    assert editor.document.history.undo_label == "Add reference layer world"
    # shown again with the same file: the kept reference, not a second copy
    state.show_files([osm_xml])
    assert state.wait(60)
    assert len(state.layers()) == 1


def test_reference_option_is_parsed_and_repeatable(tmp_path):
    from zoneeditor.cli import command_names
    from zoneeditor.cli.common import window_target
    from zoneeditor.gui.app import build_parser

    args = build_parser().parse_args(["p.gpkg", "--reference", "a.osm", "--reference",
                                      "b.tif"])
    assert args.path == "p.gpkg" and args.reference == ["a.osm", "b.tif"]
    # the file after --reference is not taken for the project to open
    project = tmp_path / "p.gpkg"
    project.write_bytes(b"")
    target = window_target(["--reference", "roads.osm", str(project)], command_names())
    assert target.path == project
    assert window_target(["--reference", "roads.osm"], command_names()).path is None


# -- snapping and tracing in the window ------------------------------------------------------
def _unlocked_on_the_river(editor, osm_xml):
    editor.layers_panel.baseline_locked.setChecked(False)
    bare_map(editor)  # hidden project layers are not snapped to: only the river is
    (rid,) = add(editor, osm_xml)
    assert editor.editor.references.targets is not None
    show(editor, (36.495, 35.90, 36.605, 35.96))
    return rid


def test_snap_tooltip_names_the_reference_layer(editor, osm_xml):
    _unlocked_on_the_river(editor, osm_xml)
    editor.map.tool("L")
    (x2, y2), (x3, y3) = RIVER_NODES[2], RIVER_NODES[3]
    tip = editor.addons.references
    editor.map.move(x2, y2)
    assert tip.snap_tip == "Vertex of river Nahr Test — reference layer world"
    from PySide6.QtWidgets import QToolTip

    assert QToolTip.text() == tip.snap_tip
    # half-way along a segment: on the river, not at a vertex
    editor.map.move((x2 + x3) / 2, (y2 + y3) / 2)
    assert tip.snap_tip == "On river Nahr Test — reference layer world"
    # far from everything: no tooltip
    editor.map.move(36.51, 35.955)
    assert tip.snap_tip == ""
    # the layer's snap switch in the Layers panel turns it off (one undo step)
    view = editor.layers_panel.references_view
    view.table.cellWidget(0, view.COL_SNAP).click()
    assert editor.editor.references.wait(30)
    assert editor.editor.edit_state.references is None
    editor.map.move(x2, y2)
    assert tip.snap_tip == ""
    editor.map.undo()
    assert editor.editor.references.wait(30)
    editor.map.move(x2, y2)
    assert tip.snap_tip.endswith("reference layer world")


def test_two_clicks_trace_a_boundary_along_the_river(editor, osm_xml):
    _unlocked_on_the_river(editor, osm_xml)
    editor.map.tool("L")
    assert not editor.editor.edit_state.trace
    editor.map.key("T")
    assert editor.editor.edit_state.trace
    assert editor.addons.references.act_trace.isChecked()
    first, last = RIVER_NODES[1], RIVER_NODES[8]
    editor.map.click(*first)
    editor.map.move(*RIVER_NODES[6])
    # the preview already follows the river to the pointer
    preview = editor.canvas.preview.geometries[0]
    assert preview.geom_type == "LineString"
    assert [tuple(round(v, 6) for v in c) for c in preview.coords] == [
        RIVER_NODES[i] for i in range(1, 7)]
    editor.map.double_click(*last)
    line = editor.map.feature("New line 1")
    coords = [tuple(round(v, 6) for v in c) for c in line.geometry.coords]
    assert coords == [RIVER_NODES[i] for i in range(1, 9)]  # eight vertices from two clicks
    assert editor.document.history.undo_label.startswith("Add")
    # tracing off: the same two clicks make a straight line
    editor.map.key("T")
    assert not editor.editor.edit_state.trace
    editor.map.click(*first)
    editor.map.double_click(*last)
    straight = editor.map.feature("New line 2")
    assert len(straight.geometry.coords) == 2


def test_print_from_the_window_shows_references_and_their_attribution(editor, osm_xml,
                                                                       geotiff_4326, tmp_path):
    import subprocess

    from zoneeditor.gui.print_dialog import PrintDialog

    add(editor, osm_xml, geotiff_4326)
    bare_map(editor)  # the zones would tint the imagery
    show(editor, TIFF_BOX, 0.02)
    editor.addons.print_action.trigger()
    dialog = next(w for w in editor.findChildren(PrintDialog) if w.isVisible())
    assert len(dialog.references) == 2
    # the map area shown in the window (the dialog's default is the whole version)
    from zoneeditor.gui.print_dialog import EXTENT_VIEW

    dialog.extent_box.setCurrentIndex(dialog.extent_box.findData(EXTENT_VIEW))
    dialog.refresh_now()
    (written,) = dialog.export_to(tmp_path / "sheet.pdf")
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Test imagery © Example Agency" in text
    assert "© OpenStreetMap contributors (ODbL)" in text
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(written), str(tmp_path / "page")],
                   check=True)
    page = QImage(str(tmp_path / "page-1.png"))
    quadrant = 0
    for y in range(0, page.height(), 3):
        for x in range(0, page.width(), 3):
            c = page.pixelColor(x, y)
            if near((c.red(), c.green(), c.blue()), QUADRANTS["ne"], tol=20):
                quadrant += 1
    assert quadrant > 50  # the imagery is on the sheet
    dialog.close()
