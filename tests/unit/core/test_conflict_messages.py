"""Changes that do not fit (``ConflictError``), the merge engine's conflict sentences, byte
sizes and script names are ``Message``s: the window shows them translated (template and
arguments), the CLI prints the same English as before."""

from __future__ import annotations

import pytest
from conftest import point, project_with, zone
from shapely import Point

from zoneeditor.core.changes import ChangeSet, Delta, Structure, inserts
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ConflictError
from zoneeditor.core.merge import merge
from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED, Feature, Version
from zoneeditor.core.scripts import script_name
from zoneeditor.core.textlimits import quote, size_text


def doc() -> Document:
    return Document(project_with(agreed=[
        zone("z1", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", name="One", party="A"),
        point("p1", "POINT (0.5 0.5)", name="Post"),
    ]))


def refused(document: Document, changeset: ChangeSet) -> Message:
    with pytest.raises(ConflictError) as caught:
        document.apply(changeset)
    message = caught.value.message
    assert isinstance(message, Message), message
    return message


def test_a_change_that_does_not_fit_says_why_as_a_message():
    d = doc()
    z1 = d.feature("z1")
    d.history.push(ChangeSet("rename", AGREED, (Delta(z1, z1.with_attributes(name="X")),)))
    stale = refused(d, ChangeSet("stale", AGREED, (Delta(z1, z1.with_attributes(name="Y")),)))
    assert stale.template == "feature %1 is not as expected in %2" and stale.args[0] == "z1"
    assert stale.args[1].template == "the agreed baseline"  # the window names it by its role
    assert stale == "feature z1 is not as expected in the agreed baseline"
    twice = refused(d, inserts("dup", AGREED, [d.feature("p1")]))
    assert twice.template == "feature %1 already exists in %2"
    ghost = refused(d, inserts("ghost", "nope", [Feature("n", "points", Point(0, 0))]))
    assert ghost.template == "there is no %1 in this project"
    assert (ghost.args[0].template, ghost.args[0].args) == ("version %1", ("'nope'",))
    wrong = refused(d, inserts("bad", AGREED, [Feature("b", "zones", Point(0, 0))]))
    assert wrong.template == "a %1 cannot go in the zones layer (%2)"
    assert wrong.args[0] == "Point"
    baseline = refused(d, ChangeSet("drop", AGREED, tuple(Delta(f, None) for f in
                                                          d.project.agreed),
                                    structure=Structure.DROP))
    assert baseline.template in ("the agreed baseline cannot be removed",
                                 "a project must keep its agreed baseline, first among "
                                 "versions")


def test_changes_that_cannot_be_combined_say_so_as_a_message():
    d = doc()
    p1 = d.feature("p1")
    with pytest.raises(ConflictError) as caught:
        ChangeSet("a", AGREED, (Delta(p1, None),)) + ChangeSet("b", "other", ())
    assert caught.value.message.template == "cannot combine changes to two different versions"
    moved = p1.with_attributes(name="Moved")
    with pytest.raises(ConflictError) as caught:
        ChangeSet("a", AGREED, (Delta(p1, moved),)) + ChangeSet("b", AGREED, (Delta(p1, None),))
    assert caught.value.message.template == "changes to %1 do not follow each other"


def test_merge_conflicts_are_described_by_templates_the_window_translates():
    base = Version("v", {"z": zone("z", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", name="Idlib",
                                   status="agreed")})
    ours = Version("v", {"z": base.features["z"].with_attributes(status="disputed")})
    theirs = Version("v", {"z": base.features["z"].with_attributes(status="proposed")})
    (c,) = merge(base, ours, theirs).conflicts
    assert c.description == ("Both sides changed status of Idlib: ours 'disputed', "
                             "theirs 'proposed' (was 'agreed').")  # the CLI's English
    assert c.description.template == "Both sides changed %1 of %2: %3 %4, %5 %6 (was %7)."
    side = c.description.args[2]
    assert isinstance(side, Message) and side.template == "ours"  # a word to translate
    gone = merge(Version("v", {"p": point("p", "POINT (0 0)", name="Post")}), Version("v"),
                 Version("v", {"p": point("p", "POINT (0.01 0)", name="Post")})).conflicts[0]
    assert gone.description.template == "%1 deleted %2; %3 changed its %4."
    assert gone.description.args[0].template == "Ours"
    assert gone.description.args[3].template == "geometry"


def test_sizes_and_script_names_are_words_the_window_translates():
    assert size_text(812) == "812 bytes" and size_text(812).template == "%1 bytes"
    assert size_text(200 * 1024 * 1024) == "200.0 MB"
    assert size_text(3 * 1024 ** 3).template == "%1 GB"
    long = quote("x" * 1000)
    assert long.template == "%1… (%2 more characters)" and long.args[1] == "920"
    assert script_name("Arabic").template == "Arabic"
    assert script_name("Klingon") == "Klingon"  # not one we know: as it is
