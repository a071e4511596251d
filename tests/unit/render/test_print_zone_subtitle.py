"""A per-zone sheet's subtitle names its zone as the sheet's map does: a Russian sheet's
subtitle said "Зона: Eastern Ghouta" over a map labelled "Восточная Гута · الغوطة الشرقية",
an Arabic one "المنطقة: Eastern Ghouta" over "Eastern Ghouta · الغوطة الشرقية"."""

from __future__ import annotations

import pytest

from zoneeditor import i18n
from zoneeditor.core.naming import strip_bidi
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
def language(qapp):
    """Install a language for one test; English again afterwards."""
    def install(lang: str) -> None:
        assert i18n.install(qapp, lang) == lang

    yield install
    i18n.install(qapp, "en")


def _ghouta_page(job: PrintJob):
    return next(p for p in job.pages() if p.zone == "Eastern Ghouta")


@pytest.mark.parametrize("lang, labels, shown", [
    ("ru", "both", "Восточная Гута · الغوطة الشرقية"),
    ("ar", "both", "Eastern Ghouta · الغوطة الشرقية"),
    ("ar", "local", "الغوطة الشرقية"),
    ("ru", "en", "Eastern Ghouta"),
    ("en", "both", "Eastern Ghouta · الغوطة الشرقية"),
])
def test_the_subtitle_names_the_zone_as_the_map_labels_it(language, project, lang, labels,
                                                           shown):
    language(lang)
    job = PrintJob(project, "Proposal B",
                   PrintOptions(per_zone=True, labels=labels, show_basemap=False))
    page = _ghouta_page(job)
    subtitle = strip_bidi(job.subtitle(page))
    assert shown in subtitle, subtitle
    # the very text of the map's label, whatever the languages
    scene = Scene(project=project, version="Proposal B", label_language=labels)
    feature = project.version("Proposal B").get("zone-ghouta")
    assert feature is not None
    assert strip_bidi(MapPainter().label_text(feature, scene)) in subtitle


def test_the_terminal_keeps_the_romanised_zone_name(language, project):
    language("ru")
    job = PrintJob(project, "Proposal B", PrintOptions(per_zone=True, show_basemap=False))
    assert _ghouta_page(job).zone == "Eastern Ghouta"  # what `zoneeditor print` says
