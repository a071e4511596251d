"""With local labels (``--labels local``) the printed legend names each party once, in its
local name, as the map and the zone key name the zones: an Arabic sheet printed so had an
Arabic map and key and a legend reading "Government · الحكومة"."""

from __future__ import annotations

import subprocess

import pytest
from support.printing import reading_text

from zoneeditor import i18n
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_options import PrintOptions
from zoneeditor.render.print_output import metrics_device


@pytest.fixture(scope="module")
def project():
    return read_project(sample_path())


@pytest.fixture
def arabic(qapp):
    assert i18n.install(qapp, "ar") == "ar"
    yield
    i18n.install(qapp, "en")


def party_rows(project, labels: str) -> list[tuple[str, str]]:
    """(label, local) of the legend's party rows of the sample's Proposal B sheet."""
    job = PrintJob(project, "Proposal B", PrintOptions(show_basemap=False, labels=labels))
    _, blocks = job.layout(metrics_device(), job.pages()[0])
    colours = {p.colour for p in project.meta.parties}
    return [(e.label, e.local) for e in blocks["legend"].entries
            if e.symbol == "zone" and e.colour in colours]


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_local_labels_name_each_party_once_in_its_local_name(qapp, project, lang):
    assert i18n.install(qapp, lang) == lang
    try:
        rows = party_rows(project, "local")
    finally:
        i18n.install(qapp, "en")
    parties = [p for p in project.meta.parties if p.name_local]
    assert parties
    for p in parties:
        assert (p.name_local, "") in rows, (p, rows)


def test_romanised_labels_keep_both_names(qapp, project):
    rows = party_rows(project, "en")
    for p in project.meta.parties:
        if p.name_local:
            assert (p.name, p.name_local) in rows


def test_the_arabic_local_pdf_legend_has_no_romanised_party_names(arabic, project,
                                                                 tmp_path):
    pdf = tmp_path / "ar-local.pdf"
    PrintJob(project, "Proposal B", PrintOptions(show_basemap=False, labels="local")
             ).write_pdf(pdf)
    text = reading_text(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                       text=True, encoding="utf-8", check=True).stdout)
    for p in project.meta.parties:
        if p.name_local:
            assert p.name_local in text
            assert p.name not in text, p.name
