"""The printed zone key names each zone as the sheet's map and the window's map and Changes
panel do for the interface language (``core.naming``): a Russian sheet's key said "Eastern
Ghouta" where its map and the Russian window said "Восточная Гута"."""

from __future__ import annotations

import subprocess

import pytest
from support.printing import reading_text

from zoneeditor import i18n
from zoneeditor.core.model import LayerKind
from zoneeditor.core.naming import SEPARATOR, label_name, strip_bidi
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_options import PrintOptions
from zoneeditor.render.scene import Scene


@pytest.fixture(scope="module")
def project():
    return read_project(sample_path())


@pytest.fixture
def russian(qapp):
    assert i18n.install(qapp, "ru") == "ru"
    yield
    i18n.install(qapp, "en")


def key_names(project, labels: str = "both") -> dict[str, str]:
    """Zone id -> the name the key prints first."""
    job = PrintJob(project, "Proposal B", PrintOptions(show_basemap=False, labels=labels))
    return {row.id: row.name for row in job.zone_rows(job.pages()[0])}


def test_a_russian_sheets_key_names_zones_as_its_map_does(russian, project):
    names = key_names(project)
    assert names["zone-ghouta"] == "Восточная Гута"
    map_labels = MapPainter()
    scene = Scene(project=project, version="Proposal B", label_language="both")
    assert scene.language == "ru"
    for f in project.version("Proposal B").layer(LayerKind.ZONES):
        on_map = strip_bidi(map_labels.label_text(f, scene))
        assert on_map.split(SEPARATOR)[0] == names[f.id], (on_map, names[f.id])
        assert label_name(f, "both", interface="ru") == map_labels.label_text(f, scene)


def test_the_russian_pdf_prints_the_russian_name_in_the_key(russian, project, tmp_path):
    pdf = tmp_path / "ru.pdf"
    PrintJob(project, "Proposal B", PrintOptions(show_basemap=False)).write_pdf(pdf)
    text = reading_text(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                       text=True, encoding="utf-8", check=True).stdout)
    assert "Восточная Гута" in text and "Eastern Ghouta" not in text


def test_romanised_labels_and_an_english_sheet_keep_the_romanised_name(qapp, russian,
                                                                        project):
    assert key_names(project, labels="en")["zone-ghouta"] == "Eastern Ghouta"
    i18n.install(qapp, "en")
    assert key_names(project)["zone-ghouta"] == "Eastern Ghouta"


@pytest.fixture
def arabic(qapp):
    assert i18n.install(qapp, "ar") == "ar"
    yield
    i18n.install(qapp, "en")


def test_local_labels_name_the_key_as_the_map_does_local_names_only(arabic, project):
    """An Arabic sheet printed with ``--labels local`` showed its map in Arabic names and
    its key in Latin ones ("Idlib", then "إدلب" under it): the key follows the labels
    choice, each zone named once, as the map labels it."""
    job = PrintJob(project, "Proposal B", PrintOptions(show_basemap=False, labels="local"))
    rows = job.zone_rows(job.pages()[0])
    for row, f in zip(rows, project.version("Proposal B").layer(LayerKind.ZONES),
                      strict=True):
        assert row.name == label_name(f, "local", interface="ar") == f.attributes["name_local"]
        assert row.local == ""  # not twice, and no romanised name beside it
    # the map's own labels read the same
    scene = Scene(project=project, version="Proposal B", label_language="local")
    for f in project.version("Proposal B").layer(LayerKind.ZONES):
        assert strip_bidi(MapPainter().label_text(f, scene)) == f.attributes["name_local"]


def test_the_arabic_local_pdf_key_has_no_romanised_zone_names(arabic, project, tmp_path):
    pdf = tmp_path / "ar-local.pdf"
    PrintJob(project, "Proposal B", PrintOptions(show_basemap=False, labels="local")
             ).write_pdf(pdf)
    text = reading_text(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                       text=True, encoding="utf-8", check=True).stdout)
    for f in project.version("Proposal B").layer(LayerKind.ZONES):
        assert f.attributes["name_local"] in text
        assert f.name not in text, f.name


@pytest.mark.parametrize("language", ["en", "ar"])
def test_local_labels_name_the_keys_parties_as_the_legend_does(qapp, project, language):
    """With ``--labels local`` the legend names each party by its local name; the zone key
    said "Opposition" on an English sheet beside a legend saying "المعارضة"."""
    try:
        assert i18n.install(qapp, language) == language
        job = PrintJob(project, "Proposal B", PrintOptions(show_basemap=False,
                                                           labels="local"))
        rows = job.zone_rows(job.pages()[0])
        meta = project.meta
        for row, f in zip(rows, project.version("Proposal B").layer(LayerKind.ZONES),
                          strict=True):
            party = meta.party(f.party) if f.party else None
            if party is None:
                assert row.party == ""
                continue
            assert row.party == label_name(party, "local", party.name, language)
            assert row.party == (party.name_local or party.name)
    finally:
        i18n.install(qapp, "en")
