"""Parties an imported file brings get colours of their own, undoably (not all grey)."""

from __future__ import annotations

from conftest import project_with, zone

from zoneeditor.core.document import Document
from zoneeditor.core.party_colours import PALETTE
from zoneeditor.core.undo import UndoStack
from zoneeditor.io.exchange import import_changeset

SQUARE = "POLYGON ((36.0 35.0, 36.2 35.0, 36.2 35.2, 36.0 35.0))"


def test_new_parties_get_distinct_colours_and_known_ones_keep_theirs():
    project = project_with(agreed=[zone("z-a", SQUARE, party="Government")],
                           parties=("Government",))
    assert project.meta.parties[0].colour == "#c0392b"
    features = [zone("z-b", SQUARE, party="Opposition"), zone("z-c", SQUARE, party="Monitors"),
                zone("z-d", SQUARE, party="Government"), zone("z-e", SQUARE)]
    cs = import_changeset(project, features, "Their B", "Import b.geojson")
    assert cs.meta is not None
    parties = {p.name: p.colour for p in cs.meta[1].parties}
    assert parties["Government"] == "#c0392b"
    assert parties["Opposition"] == PALETTE[0]
    assert len(set(parties.values())) == 3 and "#808080" not in parties.values()
    assert "" not in parties
    doc = Document(project)
    history = UndoStack(doc)
    history.push(cs)
    assert doc.project.meta.party("Opposition") is not None
    history.undo()  # one step takes the features and the parties away again
    assert doc.project.meta.party("Opposition") is None


def test_an_import_bringing_no_new_party_leaves_the_details_alone():
    project = project_with(agreed=[zone("z-a", SQUARE, party="A")], parties=("A",))
    cs = import_changeset(project, [zone("z-b", SQUARE, party="A")], "agreed", "Import")
    assert cs.meta is None
