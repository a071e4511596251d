"""``zoneeditor merge PROJECT[:VERSION] OTHER[:VERSION]``: combine two delegates' edits.

Three-way merge of a version of PROJECT (ours) with a version of another copy OTHER
(theirs), from their common ancestor — found in the two files' history, or named with
``--base FILE:VERSION``. The result is written as a **new proposal** in PROJECT (``--into``),
through a session (locked, journaled, saved atomically); neither input version changes.
Conflicts are kept as ours in the proposal and marked; ``--report`` writes them as JSON.
The work itself is ``io.lineage.merge_from_file``, shared with the window.

Exit status: 0 merged cleanly, 1 conflicts remain (the proposal is written all the same),
2 an input cannot be read or has no common ancestor with the other.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from zoneeditor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    is_project_file,
    load_project,
    pick_version,
    split_spec,
)
from zoneeditor.core.errors import ReadError, WriteError, ZoneEditorError
from zoneeditor.core.merge import DEFAULT_MARGIN_M
from zoneeditor.core.merge.report import Inputs, report_to_dict, summary_text

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


def run(args: argparse.Namespace) -> int:
    """Merge, write the proposal, print the summary, write the report."""
    from zoneeditor.io.lineage import merge_from_file
    from zoneeditor.io.session import Session
    from zoneeditor.io.team.workcopy import ChangeRefused, change_refusal

    if args.margin < 0:
        raise ZoneEditorError("--margin must be zero or more metres")
    ours_path, ours_name = _project_path(args.project, "target")
    theirs_path, theirs_name = _project_path(args.other, "source")
    if theirs_path.resolve() == ours_path.resolve():
        raise ZoneEditorError("PROJECT and OTHER are the same file: merge two copies of a "
                              "project")
    base = base_label = None
    if args.base:
        base_path, base_name = split_spec(args.base)
        if not base_path.exists():
            raise ReadError(str(base_path), "no such file")
        base = pick_version(load_project(base_path), base_path, base_name)
        base_label = f"{base_path.name}:{base.name}"
    refusal = change_refusal(ours_path, None)  # a team working copy: a new proposal
    if refusal is not None:
        raise ChangeRefused(refusal)
    session = Session.open(ours_path)
    try:
        done = merge_from_file(session, ours_name, theirs_path, theirs_name, base=base,
                               base_label=base_label or "", into=args.into,
                               margin_m=args.margin)
        session.save()
    finally:
        session.close()
    inputs = Inputs(done.ours_label, done.theirs_label, done.base_label, done.base_found,
                    done.proposal.name, str(ours_path), args.margin)
    if args.report:
        _write_report(Path(args.report), report_to_dict(done.result, inputs, done.proposal))
    print(summary_text(done.result, inputs))
    return EXIT_PROBLEMS if done.result.conflicts else EXIT_OK


def _write_report(path: Path, data: dict[str, Any]) -> None:
    from zoneeditor.io.atomic import atomic_path

    try:
        with atomic_path(path) as tmp:
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n",
                           encoding="utf-8")
    except OSError as exc:
        raise WriteError(str(path), exc.strerror or str(exc)) from exc
    print(f"wrote the merge report to {path}", file=sys.stderr)
