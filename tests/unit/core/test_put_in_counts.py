"""What putting a file into a copy of a version did, counted once for the import command and
the dialog (``PutIn.counts``): a feature of the file identical to the one it pairs with is
kept unchanged, not "replaced". The dialog said "1 replaced" where the command said "kept"
for the same file."""

from __future__ import annotations

from conftest import zone
from shapely import box

from zoneeditor.core.model import Version
from zoneeditor.core.put_in import put_in


def _base() -> Version:
    features = [zone("z-idlib", box(36.0, 35.5, 37.0, 36.5), name="Idlib", party="Opposition"),
                zone("z-hama", box(36.5, 35.0, 37.5, 35.5), name="Northern Hama",
                     party="Government"),
                zone("z-south", box(35.8, 32.6, 36.4, 33.2), name="Southern zone")]
    return Version("agreed", {f.id: f for f in features})


def test_an_identical_paired_feature_is_kept_unchanged_not_replaced():
    base = _base()
    same = base.features["z-idlib"]
    redrawn = zone("their-2", box(36.5, 34.9, 37.5, 35.5), name="Northern Hama")
    result = put_in(base, [same, redrawn])
    assert set(result.replaced) == {"z-idlib", "z-hama"}  # both paired ...
    assert result.same == ("z-idlib",)  # ... one of them the same as the base's
    assert result.counts() == (1, 0, 2)  # 1 replaced, 0 added, 2 kept unchanged
    assert next(f for f in result.features if f.id == "z-idlib") is same


def test_a_file_of_the_version_itself_replaces_nothing():
    base = _base()
    result = put_in(base, list(base))
    assert result.counts() == (0, 0, len(base)) and result.covers_all
