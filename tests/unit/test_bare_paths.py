"""``support.path_isolation.bare_paths`` finds what it is meant to find, and only that: a
checker that never complains would let a path read backwards in Arabic again."""

from __future__ import annotations

from support.path_isolation import FSI, LRI, PDI, RLI, bare_paths

from zoneeditor.core.naming import path_text

KEPT = "/tmp/x/sample.gpkg.zej.set-aside-20261203T110123"


def test_a_bare_path_file_name_or_address_is_found():
    assert bare_paths(f"كانت في\n{KEPT}\n\nلم يُحذف شيء.") == [KEPT]
    assert bare_paths("فُتح sample.gpkg") == ["sample.gpkg"]
    assert bare_paths("C:\\maps\\x.gpkg, and cora@host:5432/team.") == [
        "C:\\maps\\x.gpkg", "cora@host:5432/team"]


def test_an_isolated_path_passes_whatever_its_folders_are_called():
    assert bare_paths(f"كانت في\n{path_text(KEPT)}\n\nلم يُحذف شيء.") == []
    assert bare_paths(f"in {path_text('/home/مفاوض/a b/x.gpkg')}.") == []
    assert bare_paths(f"of {FSI}sample.gpkg{PDI}") == []  # first strong: left to right


def test_a_path_isolated_right_to_left_or_left_open_inside_one_is_found():
    assert bare_paths(f"{FSI}خريطة.gpkg{PDI}") == ["خريطة.gpkg"]
    assert bare_paths(f"{LRI}in {RLI}x.gpkg{PDI}{PDI}") == ["x.gpkg"]
    assert bare_paths(f"{LRI}/open/x.gpkg") == []  # left open: isolated to the end


def test_names_figures_and_coordinates_are_no_paths():
    assert bare_paths("Idlib, North of Homs and Eastern Ghouta: 33°30′N, 606.2 km² (3/4)") == []
