"""Party and status values from other sources read as the parties they name
(``core.party_values``), and a side without any party (``DiffReport.parties_missing``)."""

from __future__ import annotations

from shapely import box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_report import parties_missing_note, report_to_dict, summary_text
from zoneeditor.core.model import Feature, LayerKind, Party, Version
from zoneeditor.core.party_values import (
    canonical_values,
    parse_value_mapping,
    party_spellings,
    readings_notes,
)


def zone(fid: str, geometry, party: str, name: str = "", **more: str) -> Feature:
    return Feature(fid, LayerKind.ZONES, geometry, {"name": name or fid, "party": party, **more})


def test_case_spaces_and_unicode_forms_name_the_known_party():
    known = party_spellings([Party("Opposition"), Party("Government", name_local="الحكومة")])
    read = [zone("a", box(0, 0, 1, 1), "OPPOSITION"), zone("b", box(1, 0, 2, 1), " opposition "),
            zone("c", box(2, 0, 3, 1), "ＧＯＶＥＲＮＭＥＮＴ"),  # full-width letters (NFKC)
            zone("d", box(3, 0, 4, 1), "الحكومه"),  # the local name, ta marbuta typed as ha
            zone("e", box(4, 0, 5, 1), "Opposition Front"),  # another party: stays
            zone("f", box(5, 0, 6, 1), "OPPOSITION FRONT", status=" Agreed")]
    out, said = canonical_values(read, known)
    assert [f.party for f in out] == ["Opposition", "Opposition", "Government", "Government",
                                      "Opposition Front", "Opposition Front"]
    assert out[5].status == "agreed"
    assert out[4] is read[4]  # nothing read otherwise: the same feature
    notes = [str(n) for n in readings_notes(said)]
    # each value is said the way it was matched: the Arabic one by the party's local name,
    # not "up to letter case and spacing" (an outside tester's "المعارضة → Opposition")
    assert notes == [
        "party values read up to letter case and spacing: OPPOSITION → Opposition, "
        "opposition → Opposition, ＧＯＶＥＲＮＭＥＮＴ → Government, OPPOSITION FRONT → "
        "Opposition Front",
        "party values read by the party's local name: الحكومه → Government",
        "status values read up to letter case and spacing: Agreed → agreed"]


def test_without_known_parties_only_statuses_and_the_users_mapping_apply():
    read = [zone("a", box(0, 0, 1, 1), "OPP", status="DISPUTED"),
            zone("b", box(1, 0, 2, 1), "REGIME")]
    out, said = canonical_values(read, None, parse_value_mapping(["party=opp:Opposition"]))
    assert [(f.party, f.status) for f in out] == [("Opposition", "disputed"), ("REGIME", "")]
    assert [str(n) for n in readings_notes(said)] == [
        "party values mapped as you chose: OPP → Opposition",
        "status values read up to letter case and spacing: DISPUTED → disputed"]


def test_a_value_mapping_is_written_attribute_value_meant():
    assert parse_value_mapping(["party=Sector 4: North:Opposition"]) == {
        "party": {"Sector 4: North": "Opposition"}}
    for bad in ("party=OPP", "name=a:b", "status=ok:fine"):
        try:
            parse_value_mapping([bad])
        except ValueError:
            continue
        raise AssertionError(bad)


def _agreed() -> Version:
    return Version("agreed", {"i": zone("i", box(36, 35, 37, 36), "Opposition", "Idlib"),
                              "h": zone("h", box(37, 35, 38, 36), "Government", "Hama")})


def test_a_side_without_any_party_gets_no_totals_and_no_transfers():
    theirs = Version("names.kml", {
        "x": zone("x", box(36, 35, 36.9, 36), "", "Idlib"),
        "y": zone("y", box(36.9, 35, 38, 36), "", "Hama")})
    report = diff_versions(_agreed(), theirs)
    assert report.parties_missing == ("new",)
    assert report.parties == () and report.transfers == ()
    # per-feature gains and losses stay; a party is no change against a side without any
    hama = next(fd for fd in report.features if fd.name == "Hama")
    assert hama.measures.gained_km2 > 1000 and "party" not in hama.changed_attributes
    note = parties_missing_note(report)
    assert note == ("'names.kml' gives no party for any zone: party totals and land "
                    "changing hands are not computed")
    text = summary_text(report)
    assert note in text and "no party" not in text.replace(note, "")
    assert "handed from" not in text and "Territory per party" not in text
    data = report_to_dict(report)
    assert data["parties_computed"] is False and data["parties_note"] == note
    assert data["parties"] == [] and data["transfers"] == [] and data["buffers"] == []


def test_two_sides_with_parties_are_compared_as_before():
    moved = Version("P", {"i": zone("i", box(36, 35, 36.9, 36), "Opposition", "Idlib"),
                          "h": zone("h", box(36.9, 35, 38, 36), "Government", "Hama")})
    report = diff_versions(_agreed(), moved)
    assert report.parties_missing == () and parties_missing_note(report) is None
    assert [(t.frm, t.to) for t in report.transfers] == [("Opposition", "Government")]
    assert report_to_dict(report)["parties_computed"] is True
    # one drawing whose parties were all cleared (ids kept) does hand its land to no party
    cleared = Version("P", {k: f.with_attributes(party="") for k, f in moved.features.items()})
    assert diff_versions(_agreed(), cleared).transfers
    # a project without parties at all has nothing to hide: no sentence either
    bare = Version("agreed", {k: f.with_attributes(party="")
                              for k, f in _agreed().features.items()})
    assert diff_versions(bare, bare).parties_missing == ()


def test_unknown_values_are_those_no_known_party_or_status_names():
    """What the import dialog lists to map: values the project does not know even up to
    case, spacing and Arabic letter variants, each with its count, most frequent first."""
    from conftest import zone
    from shapely import box

    from zoneeditor.core.model import Party
    from zoneeditor.core.party_values import party_spellings, unknown_values

    read = [("OPP", "agreed"), ("GOV", "proposed"), ("OPP", "ok"), (" opp", ""),
            ("UN", ""), ("OPPOSITION", "PROPOSED"), ("المعارضة", "")]
    features = [zone(str(n), box(n, 0, n + 1, 1), party=p, status=s)
                for n, (p, s) in enumerate(read)]
    known = party_spellings([Party("Opposition", "#ff0000", "المعارضة"), "Government"])
    assert unknown_values(features, known) == {
        "party": [("OPP", 3), ("GOV", 1), ("UN", 1)], "status": [("ok", 1)]}
    assert unknown_values([], known) == {"party": [], "status": []}
