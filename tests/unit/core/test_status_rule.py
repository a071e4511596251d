"""An agreed feature reshaped (or newly drawn) in a proposal becomes "proposed", in the same
change set; the baseline, attribute edits and other statuses are left alone."""

from __future__ import annotations

from conftest import zone
from shapely import box
from shapely.affinity import translate

from zoneeditor.core import edits
from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.model import AGREED, Version
from zoneeditor.core.status_rule import reopen_edited, reopened_message

HOMS = zone("homs", box(36.5, 34.6, 36.9, 34.9), name="North of Homs", party="Opposition",
            status="agreed")


def proposal(*features) -> Version:
    return Version("Proposal C", {f.id: f for f in features})


def test_a_zone_moved_in_a_proposal_is_proposed_in_the_same_change_set():
    moved = edits.set_geometry(proposal(HOMS), HOMS, translate(HOMS.geometry, 0, -0.17),
                               "Move")
    out, reopened = reopen_edited(moved)
    (d,) = out.deltas
    assert d.new is not None and d.new.status == "proposed"
    assert d.new.geometry is moved.deltas[0].new.geometry  # the shape as the tool made it
    assert d.old is HOMS and reopened == (HOMS,)  # undo gives "agreed" back
    assert out.label == moved.label and out.version == "Proposal C"
    assert reopened_message(reopened) == ("North of Homs is now “proposed”: its shape "
                                          "changed in this proposal")


def test_the_baseline_attribute_edits_and_other_statuses_are_left_alone():
    in_baseline = edits.set_geometry(Version(AGREED, {HOMS.id: HOMS}), HOMS,
                                     translate(HOMS.geometry, 0, -0.1), "Move")
    assert reopen_edited(in_baseline) == (in_baseline, ())
    renamed = edits.set_attributes(proposal(HOMS), HOMS, name="Homs north")
    assert reopen_edited(renamed)[0] is renamed
    made_agreed = edits.set_attributes(proposal(HOMS.with_attributes(status="proposed")),
                                       HOMS.with_attributes(status="proposed"), status="agreed")
    assert reopen_edited(made_agreed)[0] is made_agreed  # set by hand: kept
    disputed = HOMS.with_attributes(status="disputed")
    moved = edits.set_geometry(proposal(disputed), disputed,
                               translate(disputed.geometry, 0.1, 0), "Move")
    assert reopen_edited(moved)[0] is moved
    deleted = edits.delete_features(proposal(HOMS), ["homs"])
    assert reopen_edited(deleted)[0] is deleted


def test_a_split_pieces_new_feature_and_compound_steps_are_proposed_too():
    west = HOMS.with_geometry(box(36.5, 34.6, 36.7, 34.9))
    east = zone("homs-2", box(36.7, 34.6, 36.9, 34.9), name="North of Homs (2)",
                party="Opposition", status="agreed")
    split = ChangeSet("Split zone North of Homs", "Proposal C",
                      (Delta(HOMS, west), Delta(None, east)))
    out, reopened = reopen_edited(split)
    assert [d.new.status for d in out.deltas if d.new is not None] == ["proposed", "proposed"]
    assert len(reopened) == 2
    assert reopened_message(reopened) == ("2 features are now “proposed”: their shapes "
                                          "changed in this proposal")
    both = ChangeSet("Two steps", "Proposal C", structure=Structure.COMPOUND,
                     parts=(split, edits.set_attributes(proposal(HOMS), HOMS, notes="x")))
    out, reopened = reopen_edited(both)
    assert out.parts[0].deltas[1].new.status == "proposed" and len(reopened) == 2
    assert out.parts[1] is both.parts[1]
