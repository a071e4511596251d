"""An agreed feature whose shape a delegate changes in a proposal is no longer agreed.

A proposal starts as a copy of the agreed baseline, every feature "agreed". Moving a zone
19 km there left it "agreed": drawn with the agreed outline on the map and the printed sheet,
written ``status = agreed`` into every export, so a relocated zone could be tabled looking
as if the parties had agreed it (a delegate's first hour, December 2026). The same holds for
a new piece of an agreed zone (a split) and for anything else a tool draws anew.

The rule, applied to what the editing tools produce before it is pushed (one undo step with
the edit, so undo gives "agreed" back): in any version but the baseline, a feature whose
geometry the change set replaces, or which it adds, and whose status is "agreed" becomes
"proposed". A status the delegate sets by hand (the attributes panel) is an attribute edit
and is left as it is: "agreed" can always be restored on purpose.
"""

from __future__ import annotations

from dataclasses import replace

from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED, Feature

#: The status of a feature the parties agreed (a feature's status, not the version's name).
AGREED_STATUS = "agreed"
#: The status an edited agreed feature takes in a proposal.
PROPOSED = "proposed"


def reopen_edited(changeset: ChangeSet) -> tuple[ChangeSet, tuple[Feature, ...]]:
    """``changeset`` with every agreed feature it reshapes or adds in a proposal made
    "proposed", and those features as they were before (for the status bar's sentence).

    The very same change set when nothing is to be reopened (the baseline, attribute edits,
    deletions, features already proposed or disputed). Geometry counts as replaced when the
    new feature holds another geometry object: an attribute edit keeps the object, and
    comparing the shapes of a million-vertex zone on every drag step would cost what the
    edit itself may cost (issue #19, item 1).
    """
    if changeset.structure == Structure.COMPOUND:
        parts = [reopen_edited(part) for part in changeset.parts]
        if not any(found for _, found in parts):
            return changeset, ()
        return (replace(changeset, parts=tuple(p for p, _ in parts)),
                tuple(f for _, found in parts for f in found))
    if changeset.version == AGREED or not changeset.deltas:
        return changeset, ()
    deltas: list[Delta] = []
    reopened: list[Feature] = []
    for d in changeset.deltas:
        new = d.new
        if new is not None and new.status == AGREED_STATUS and (
                d.old is None or new.geometry is not d.old.geometry):
            reopened.append(d.old if d.old is not None else new)
            d = Delta(d.old, new.with_attributes(status=PROPOSED))
        deltas.append(d)
    if not reopened:
        return changeset, ()
    return replace(changeset, deltas=tuple(deltas)), tuple(reopened)


def reopened_message(features: tuple[Feature, ...]) -> Message:
    """What the status bar adds after such an edit: which features are "proposed" now."""
    named = [f.name for f in features if f.name]
    if len(features) == 1 and named:
        return Message("%1 is now “proposed”: its shape changed in this proposal", named[0])
    return Message("%1 features are now “proposed”: their shapes changed in this proposal",
                   str(len(features)))
