"""``zoneeditor sync --resolve … --feature WORD`` takes the feature's name, local name or
id (io.team.conflict_names): a tester's ``--feature Idlib`` got "no open conflict about
Idlib" while there was one, because only the internal id, shown nowhere, was accepted."""

from __future__ import annotations

import pytest
from conftest import project_with, zone

from zoneeditor.io.team.conflict_names import feature_ids
from zoneeditor.io.team.errors import TeamError
from zoneeditor.io.team.local_state import SyncConflict

IDLIB = zone("zone-idlib", "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))",
             name="Idlib", name_local="إدلب")
HAMA = zone("zone-hama", "POLYGON ((37 35, 37.5 35, 37.5 35.5, 37 35.5, 37 35))", name="Hama")


def conflict(feature, *, resolution: str = "", version: str = "agreed") -> SyncConflict:
    theirs = feature.with_attributes(notes="theirs")
    return SyncConflict(version, feature.id, "attribute", "both changed notes", "notes",
                        None, feature, feature.with_attributes(notes="mine"), theirs,
                        resolution, (feature.id,), "", ((feature.id, theirs),),
                        ((feature.id, feature),))


def test_a_name_a_local_name_or_an_id_in_any_case_names_the_feature():
    project = project_with(agreed=[IDLIB, HAMA])
    open_ = [conflict(IDLIB), conflict(HAMA)]
    assert feature_ids(["Idlib"], open_, project) == ["zone-idlib"]
    assert feature_ids(["idlib", "HAMA"], open_, project) == ["zone-idlib", "zone-hama"]
    assert feature_ids(["إدلب"], open_, project) == ["zone-idlib"]
    assert feature_ids(["zone-idlib", "ZONE-HAMA"], open_, project) == ["zone-idlib",
                                                                        "zone-hama"]
    # a feature named here only (renamed locally) is found by that name too
    renamed = project_with(agreed=[IDLIB.with_attributes(name="Idlib city"), HAMA])
    assert feature_ids(["idlib city"], open_, renamed) == ["zone-idlib"]
    # no open conflict about it: the word is kept, and decide() says so
    assert feature_ids(["Aleppo"], open_, project) == ["Aleppo"]
    assert feature_ids(["Idlib"], [conflict(IDLIB, resolution="theirs")], project) == ["Idlib"]


def test_a_name_that_fits_several_features_is_refused_naming_their_ids():
    twin = zone("zone-idlib-2", "POLYGON ((38 35, 38.5 35, 38.5 35.5, 38 35.5, 38 35))",
                name="IDLIB")
    project = project_with(agreed=[IDLIB, twin])
    with pytest.raises(TeamError) as caught:
        feature_ids(["Idlib"], [conflict(IDLIB), conflict(twin)], project)
    assert str(caught.value.message) == ("'Idlib' names 2 features with open conflicts (ids "
                                         "zone-idlib, zone-idlib-2): give one of these ids "
                                         "with --feature")
    assert feature_ids(["zone-idlib-2"], [conflict(IDLIB), conflict(twin)],
                       project) == ["zone-idlib-2"]
