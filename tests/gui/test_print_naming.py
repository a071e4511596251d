"""Names offered for what is written: a printed sheet's file says what it shows, an export of
several versions is never named after one of them; a sheet shows the whole version unless
the delegate chose the current view."""

from __future__ import annotations

import pytest

from zoneeditor.core.file_names import export_stem
from zoneeditor.render.print_options import (
    DEFAULT_MAP_AREA,
    MAP_AREAS,
    PrintOptions,
    map_area_extent,
    suggested_file_name,
)


def test_sheet_file_names_say_what_the_sheet_shows():
    opts = PrintOptions(date="2025-03-14")
    assert suggested_file_name("syria-deescalation", "agreed", opts) == \
        "syria-deescalation-agreed-2025-03-14.pdf"
    both = opts.with_(diff_against="agreed", per_zone=True)
    assert suggested_file_name("syria-deescalation", "Proposal B", both, ".png") == \
        "syria-deescalation-proposal_b-vs-agreed-per-zone-2025-03-14.png"
    # names keep their own script (an outside tester's "Предложение Д" was printed as
    # "…-version-….pdf", which said nothing of what the sheet showed)
    assert suggested_file_name("محادثات", "اقتراح", opts) == "محادثات-اقتراح-2025-03-14.pdf"
    assert suggested_file_name("syria-deescalation", "Предложение Д", opts) == \
        "syria-deescalation-предложение_д-2025-03-14.pdf"
    # a name with no letter or digit at all still gives a usable file name
    assert suggested_file_name("???", "*", opts) == "map-version-2025-03-14.pdf"
    # a long title is cut between words ("…-illustrative-s-agreed" before)
    title = "Syria de-escalation zones — ILLUSTRATIVE sample, not the agreed boundaries"
    assert suggested_file_name(title, "agreed", opts) == \
        "syria-de-escalation-zones-illustrative-agreed-2025-03-14.pdf"


@pytest.mark.parametrize("versions, total, stem", [
    (["agreed"], 2, "talks-agreed"),
    (["agreed", "Proposal B"], 2, "talks-all-versions"),
    (["agreed", "Proposal B"], 5, "talks-agreed+proposal_b"),
    (["a", "b", "c", "d"], 6, "talks-4-versions"),
    (["اقتراح"], 3, "talks-اقتراح"),
    (["Предложение Д"], 3, "talks-предложение_д"),
    (["Предложение Д", "agreed"], 3, "talks-предложение_д+agreed"),
    (["***"], 3, "talks-v1"),
])
def test_export_names_never_claim_one_version_for_several(versions, total, stem):
    assert export_stem("talks", versions, total) == stem


def test_the_whole_version_is_the_default_map_area():
    assert DEFAULT_MAP_AREA == "all" and MAP_AREAS[0] == "all"
    view = (36.0, 35.0, 37.0, 36.0)
    assert map_area_extent("all", view) is None  # the layout fits every feature
    assert map_area_extent("view", view) == view
    assert map_area_extent("scale", view) is None
    with pytest.raises(ValueError):
        map_area_extent("page", view)
