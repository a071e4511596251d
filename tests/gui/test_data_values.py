"""Data values get display names per interface language (stored values stay), party names
their local form in the interface's script, and the basemap's country names follow the
interface language (Russian names in a Russian interface)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QColor, QImage, QPainter

from zoneeditor.core.model import AGREED, Party, Project, ProjectMeta
from zoneeditor.core.viewport import Viewport
from zoneeditor.i18n.values import (
    KIND_NAMES,
    STATUS_NAMES,
    kind_name,
    layer_name,
    party_name,
    place_name,
    status_name,
    version_title,
)
from zoneeditor.io.basemap import load_basemap
from zoneeditor.io.gazetteer import load_gazetteer
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.labels import TextPainter
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene

META = ProjectMeta(parties=(Party("Government", "#c0392b", "الحكومة"),
                            Party("Opposition", "#1f77b4", "")))


class Marking(QTranslator):
    """A translator that marks every string of the data-value contexts: proves the display
    names go through Qt's translation (the .qm files get their text in the translation pass).
    """

    def translate(self, context, source, disambiguation=None, n=-1):
        if context in ("DataValues", "FeatureStatus", "FeatureKind"):
            return f"«{source}»"
        return None


@pytest.fixture
def marking(qapp):
    t = Marking()
    qapp.installTranslator(t)
    yield t
    qapp.removeTranslator(t)


def test_english_display_names_and_stored_values_untouched(qapp):
    assert version_title(AGREED) == "Agreed baseline"
    assert version_title("Proposal B") == "Proposal B"
    assert version_title("Agreed until 2025-03-14") == "Agreed until 2025-03-14"
    assert version_title("Agreed until 2025-03-14 (2)") == "Agreed until 2025-03-14 (2)"
    assert status_name("disputed") == "disputed" and status_name("") == ""
    assert kind_name("De-escalation ") == "de-escalation"  # matched like the diff does
    assert kind_name("patrol route") == "patrol route"  # not ours: shown as stored
    assert layer_name("zones") == "Zones"


def test_display_names_go_through_qt_translation(marking):
    assert version_title(AGREED) == "«Agreed baseline»"
    assert version_title("Agreed until 2025-03-14") == "«Agreed until 2025-03-14»"
    assert version_title("Proposal B") == "Proposal B"  # a name the delegates gave
    for value in STATUS_NAMES:
        assert status_name(value) == f"«{value}»"
    for value in KIND_NAMES:
        assert kind_name(value) == f"«{value}»"
    assert kind_name("patrol route") == "patrol route"


def test_party_names_use_the_local_name_in_its_own_script():
    assert party_name("Government", META, "ar") == "الحكومة"
    assert party_name("Government", META, "ru") == "Government"  # no Russian name given
    assert party_name("Government", META, "en") == "Government"
    assert party_name("Opposition", META, "ar") == "Opposition"  # no local name
    assert party_name("Unknown", META, "ar") == "Unknown"
    assert party_name("", META, "ar") == ""


def test_the_sample_parties_in_arabic():
    meta = read_project(sample_path()).meta
    assert [party_name(p.name, meta, "ar") for p in meta.parties] == [
        "الحكومة", "المعارضة", "المراقبون"]


def test_country_names_in_the_interface_language():
    syria = next(c for c in load_basemap().countries if c.iso == "SYR")
    assert place_name(syria, "ru") == "Сирия"
    assert place_name(syria, "ar") == "سوريا"
    assert place_name(syria, "en") == "Syria"


class Recording(TextPainter):
    """Keeps every text drawn, to see what the map labels say."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn: list[str] = []

    def draw(self, painter, text, font, anchor, colour, halo, halo_width=3.0, align="center"):
        self.drawn.append(text)
        super().draw(painter, text, font, anchor, colour, halo, halo_width, align)


@pytest.mark.parametrize("language, syria, turkey", [
    ("ru", "Сирия", "Турция"), ("en", "Syria", "Turkey"), ("ar", "سوريا", "تركيا")])
def test_the_map_shows_country_names_in_the_interface_language(qapp, language, syria, turkey):
    project = Project()  # no zones: nothing covers the country names
    mp = MapPainter()
    mp.text = Recording()
    scene = Scene(project, AGREED, basemap=load_basemap(), gazetteer=load_gazetteer(),
                  label_language="both", language=language)
    vp = Viewport.fit((33.0, 31.0, 44.0, 39.0), 1000, 800)
    image = QImage(1000, 800, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    mp.paint(p, vp, scene)
    p.end()
    assert syria in mp.text.drawn and turkey in mp.text.drawn, mp.text.drawn


def test_romanised_and_local_label_choices_are_kept(qapp):
    syria = next(c for c in load_basemap().countries if c.iso == "SYR")
    from zoneeditor.render.map_names import place_label

    project = read_project(sample_path())
    assert place_label(syria, Scene(project, label_language="en", language="ru")) == "Syria"
    assert place_label(syria, Scene(project, label_language="local", language="ru")) == "سوريا"
    assert QCoreApplication.translate("DataValues", "Agreed baseline") == "Agreed baseline"
