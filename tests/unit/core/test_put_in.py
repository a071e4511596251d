"""A file's features put into a copy of a version: paired ones replace theirs (keeping the
version's ids), new ones are added, every other feature is kept (``core.put_in``)."""

from __future__ import annotations

from conftest import line, zone
from shapely import box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_change import Change
from zoneeditor.core.model import Version
from zoneeditor.core.put_in import put_in


def _base() -> Version:
    features = [zone("z-idlib", box(36.0, 35.5, 37.0, 36.5), name="Idlib", party="Opposition"),
                zone("z-hama", box(36.5, 35.0, 37.5, 35.5), name="Northern Hama",
                     party="Government"),
                zone("z-south", box(35.8, 32.6, 36.4, 33.2), name="Southern zone",
                     party="Opposition"),
                line("l-contact", "LINESTRING (36 35.5, 37 35.5)", name="Line of contact")]
    return Version("agreed", {f.id: f for f in features})


def test_a_file_of_two_redrawn_zones_makes_a_proposal_where_only_they_changed():
    base = _base()
    theirs = [  # another tool's file: its own ids, no party column
        zone("their-1", box(36.0, 35.5, 36.9, 36.5), name="IDLIB"),
        zone("their-2", box(36.5, 34.9, 37.5, 35.5), name="Northern Hama", notes="redrawn"),
        zone("their-3", box(38.0, 34.0, 38.2, 34.2), name="New zone", party="Monitors")]
    result = put_in(base, theirs)
    assert result.replaced == {"z-idlib": "name", "z-hama": "name"}
    assert result.added == ("their-3",)
    assert result.kept == ("z-south", "l-contact")
    assert result.counts() == (2, 1, 2) and not result.covers_all
    got = {f.id: f for f in result.features}
    assert list(got) == ["z-idlib", "z-hama", "z-south", "l-contact", "their-3"]
    assert got["z-idlib"].geometry.equals(theirs[0].geometry)
    assert got["z-idlib"].name == "IDLIB"  # the file's value wins where it has one ...
    assert got["z-idlib"].party == "Opposition"  # ... and an empty one keeps the project's
    assert got["z-hama"].attributes["notes"] == "redrawn"
    assert got["z-south"] is base.features["z-south"]
    # the Changes panel's comparison: two modified zones and one added, nothing removed
    report = diff_versions(base, Version("Imported", got))
    changes = {fd.id: fd.change for fd in report.changed}
    assert changes == {"z-idlib": Change.MODIFIED, "z-hama": Change.MODIFIED,
                       "their-3": Change.ADDED}


def test_ids_pair_first_and_a_zone_redrawn_in_place_pairs_by_its_area():
    base = _base()
    theirs = [zone("z-south", box(35.8, 32.6, 36.5, 33.2), name="Southern zone"),
              zone("x", box(36.0, 35.5, 37.0, 36.45))]  # no name: most of Idlib's area
    result = put_in(base, theirs)
    assert result.replaced == {"z-south": "id", "z-idlib": "overlap"}
    assert {f.id for f in result.features} == set(base.features)


def test_a_file_of_every_feature_covers_the_version():
    base = _base()
    assert put_in(base, list(base)).covers_all
    assert put_in(base, list(base)).features == tuple(base)
