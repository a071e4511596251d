"""What Version ▸ Merge from file… would do, computed before anything changes.

``preview_merge`` runs on the dialog's worker thread: it reads the other copy, finds the
common ancestor from the two files' history (or takes the one named by hand) and merges in
memory, exactly as ``io.lineage.merge_from_file`` then does for real; ``summary_text`` is
the one line the dialog shows of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.merge import MergeResult, merge
from zoneeditor.core.merge.resolve import open_conflicts
from zoneeditor.core.model import Version
from zoneeditor.io.lineage import find_base
from zoneeditor.io.project_file import read_project
from zoneeditor.io.version_pick import version_of


@dataclass(frozen=True)
class MergePreview:
    """What a merge would do: the versions met, the base and how it was found, the result.

    ``base`` is the base version when it was named by hand (``found == "given"``), so the
    merge itself uses the very version the preview showed.
    """

    ours: str
    theirs: str
    base_phrase: str
    found: str  # "history" or "given"
    result: MergeResult
    base: Version | None = None


class OpenConflicts(ZoneEditorError):
    """An input version still has open merge conflicts (it must be resolved first)."""


def preview_merge(project_path: Path, ours: Version, other_path: Path, theirs_name: str | None,
                  base_spec: tuple[Path, str | None] | None = None) -> MergePreview:
    """The merge ``merge_from_file`` would make, without changing anything (worker thread).

    ``base_spec`` names the common ancestor by hand (a file and its version); without it the
    base is found from the two files' history. Raises ``NoCommonAncestor`` when the two
    files share no state, ``OpenConflicts`` when an input is a proposal with open conflicts,
    ``ReadError`` for a file that is not a project, as the real merge would.
    """
    other = read_project(other_path)
    if theirs_name is None and ours.name in other.versions:
        theirs_name = ours.name
    theirs = version_of(other, other_path, theirs_name)
    for version, where in ((ours, project_path), (theirs, other_path)):
        if open_conflicts(version):
            raise OpenConflicts(f"{where.name}:{version.name}")
    if base_spec is not None:
        base_path, base_name = base_spec
        base = version_of(read_project(base_path), base_path, base_name)
        return MergePreview(ours.name, theirs.name, f"{base_path.name}:{base.name}", "given",
                            merge(base, ours, theirs), base)
    located = find_base(project_path, ours, other_path, theirs,
                        f"{project_path.name}:{ours.name}", f"{other_path.name}:{theirs.name}")
    return MergePreview(ours.name, theirs.name, located.phrase, "history",
                        merge(located.version, ours, theirs))


def summary_text(result: MergeResult) -> str:
    """"3 taken from ours · 2 from theirs · 1 combined (1 within one geometry) · 1 conflict"."""
    parts = [
        QCoreApplication.translate("MergeDialog", "%n taken from ours", None,
                                   len(result.taken_ours)),
        QCoreApplication.translate("MergeDialog", "%n from theirs", None,
                                   len(result.taken_theirs)),
        QCoreApplication.translate("MergeDialog", "%n combined", None, len(result.combined)),
    ]
    if result.within_geometry:
        parts[-1] += " " + QCoreApplication.translate(
            "MergeDialog", "(%n within one geometry)", None, len(result.within_geometry))
    if result.same_on_both:
        parts.append(QCoreApplication.translate("MergeDialog", "%n changed alike on both",
                                                None, len(result.same_on_both)))
    n = len(result.conflicts)
    parts.append(QCoreApplication.translate("MergeDialog", "%n conflict", None, n) if n == 1
                 else QCoreApplication.translate("MergeDialog", "%n conflicts", None, n))
    return " · ".join(parts)
