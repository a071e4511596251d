"""``zoneeditor merge PROJECT[:VERSION] OTHER[:VERSION]``: combine two delegates' edits.

Three-way merge of a version of PROJECT (ours) with a version of another copy OTHER
(theirs), from their common ancestor — found in the two files' history, or named with
``--base FILE:VERSION``. The result is written as a **new proposal** in PROJECT (``--into``),
through a session (locked, journaled, saved atomically); neither input version changes.
Conflicts are kept as ours in the proposal and marked; ``--report`` writes them as JSON.

Exit status: 0 merged cleanly, 1 conflicts remain (the proposal is written all the same),
2 an input cannot be read or has no common ancestor with the other.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from zoneeditor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    is_project_file,
    load_project,
    pick_version,
    split_spec,
)
from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.errors import ReadError, WriteError, ZoneEditorError
from zoneeditor.core.merge import DEFAULT_MARGIN_M, MergeResult, merge
from zoneeditor.core.merge.report import Inputs, report_to_dict, summary_text
from zoneeditor.core.merge.resolve import open_conflicts, proposal
from zoneeditor.core.model import Project, Version

NAME = "merge"
HELP = ("Merge another copy's version into a project as a new proposal (three-way, from their "
        "common ancestor): edits of different stretches, attributes and features combine; "
        "true conflicts are listed.")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add this command's arguments."""
    parser.add_argument("project", metavar="PROJECT[:VERSION]",
                        help="the project the merge is written into, and our version "
                             "(default: agreed)")
    parser.add_argument("other", metavar="OTHER[:VERSION]",
                        help="another copy of the project, and their version (default: the "
                             "version of the same name, else agreed)")
    parser.add_argument("--base", metavar="FILE:VERSION",
                        help="the common ancestor, when the files' history does not tell it")
    parser.add_argument("--into", metavar="NAME",
                        help="name of the new proposal (default: '<our version> + <other "
                             "file>')")
    parser.add_argument("--report", metavar="PATH.json",
                        help="write the merge report (taken, combined, conflicts) as JSON")
    parser.add_argument("--margin", metavar="METRES", type=float, default=DEFAULT_MARGIN_M,
                        help=f"edits of one boundary closer than this conflict "
                             f"(default {DEFAULT_MARGIN_M:g} m)")


def _project_path(spec: str, role: str) -> tuple[Path, str | None]:
    path, version = split_spec(spec)
    if not path.exists():
        raise ReadError(str(path), "no such file")
    if not is_project_file(path):
        raise ReadError(str(path), f"not a zoneeditor project, so it cannot be the {role} of "
                                   f"a merge (import it into a project first)")
    return path, version


def _label(path: Path, version: Version) -> str:
    return f"{path.name}:{version.name}"


def _free_name(project: Project, wanted: str) -> str:
    name, n = wanted, 2
    while name in project.versions:
        name, n = f"{wanted} {n}", n + 1
    return name


def _refuse_open_conflicts(version: Version, label: str) -> None:
    marked = open_conflicts(version)
    if marked:
        raise ZoneEditorError(f"{label} still has {len(marked)} feature(s) with open merge "
                              f"conflicts; resolve them before merging it again")


def run(args: argparse.Namespace) -> int:
    """Merge, write the proposal, print the summary, write the report."""
    if args.margin < 0:
        raise ZoneEditorError("--margin must be zero or more metres")
    ours_path, ours_name = _project_path(args.project, "target")
    theirs_path, theirs_name = _project_path(args.other, "source")
    if theirs_path.resolve() == ours_path.resolve():
        raise ZoneEditorError("PROJECT and OTHER are the same file: merge two copies, or "
                              "name the base with --base to merge two versions of one file")
    other = load_project(theirs_path)
    from zoneeditor.io.session import Session

    session = Session.open(ours_path)
    try:
        project = session.document.project
        ours = pick_version(project, ours_path, ours_name)
        if theirs_name is None and ours.name in other.versions:
            theirs_name = ours.name
        theirs = pick_version(other, theirs_path, theirs_name)
        _refuse_open_conflicts(ours, _label(ours_path, ours))
        _refuse_open_conflicts(theirs, _label(theirs_path, theirs))
        base, base_label, found = _base(args.base, ours_path, ours, theirs_path, theirs)
        result = merge(base, ours, theirs, margin_m=args.margin)
        into = args.into or _free_name(project, f"{ours.name} + {theirs_path.stem}")
        if into in project.versions:
            raise ZoneEditorError(f"{ours_path.name} already has a version {into!r}; choose "
                                  f"another name with --into")
        merged = proposal(result, into)
        _write(session, result, merged, theirs_path, ours, theirs)
    finally:
        session.close()
    inputs = Inputs(_label(ours_path, ours), _label(theirs_path, theirs), base_label, found,
                    into, str(ours_path), args.margin)
    if args.report:
        _write_report(Path(args.report), report_to_dict(result, inputs, merged))
    print(summary_text(result, inputs))
    return EXIT_PROBLEMS if result.conflicts else EXIT_OK


def _base(spec: str | None, ours_path: Path, ours: Version, theirs_path: Path,
          theirs: Version) -> tuple[Version, str, str]:
    """(base version, how to name it, "given" or "history")."""
    if spec:
        path, name = split_spec(spec)
        if not path.exists():
            raise ReadError(str(path), "no such file")
        base = pick_version(load_project(path), path, name)
        return base, _label(path, base), "given"
    from zoneeditor.core.fingerprint import fingerprint, short
    from zoneeditor.io.lineage import find_base

    found = find_base(ours_path, ours, theirs_path, theirs,
                      _label(ours_path, ours), _label(theirs_path, theirs))
    phrase = f"{found.phrase}, fingerprint {short(fingerprint(found.version))}"
    if found.older:
        phrase += "; the newest shared state is no longer kept, so an older one is used"
    return found.version, phrase, "history"


def _write(session, result: MergeResult, merged: Version, theirs_path: Path,
           ours: Version, theirs: Version) -> None:
    """Add the proposal through the session's history and save (journaled, atomic)."""
    from zoneeditor.io.lineage import MergeNote, version_digest

    cs = ChangeSet(f"Merge {theirs_path.name}:{theirs.name} into {merged.name}", merged.name,
                   tuple(Delta(None, f) for f in merged), structure=Structure.CREATE)
    session.document.history.push(cs)
    digests = session.lineage.digests
    states = {fid: result.states(fid) for c in result.conflicts for fid in c.feature_ids}
    session.lineage.note_merge(MergeNote(
        merged.name, (version_digest(ours, digests), version_digest(theirs, digests)),
        other_file=theirs_path, keep=[(theirs.name, dict(theirs.features), theirs_path.name)],
        conflicts=result.conflicts, states=states))
    session.save()


def _write_report(path: Path, data: dict) -> None:
    from zoneeditor.io.atomic import atomic_path

    try:
        with atomic_path(path) as tmp:
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n",
                           encoding="utf-8")
    except OSError as exc:
        raise WriteError(str(path), exc.strerror or str(exc)) from exc
    print(f"wrote the merge report to {path}", file=sys.stderr)
