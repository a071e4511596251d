"""Two copies of the bundled sample edited apart, in two processes (a pytest plugin).

``two_copies`` gives (alice.gpkg, bob.gpkg, moves): each copy edited through the Session
API in a process of its own at the same time, as two delegates' laptops would. Ours (alice)
moves the northernmost vertex of Idlib, notes Eastern Ghouta "annex 2" and deletes the joint
monitoring centre; theirs (bob) moves a vertex of the southern Idlib–Hama border (shared by
both zones and the line of contact), marks North of Homs disputed and moves the same centre.
Merged, every edit combines except one conflict: the centre deleted against moved.
``moves`` holds each side's moved vertex (``from``/``to``). Used by the command's end-to-end
test and the window's Merge from file test.

``conflicted()`` is a small three-way merge of version "P" with one conflict of each kind
the rules know of a zone and a point: status changed on both sides (attribute), the same
edge moved apart (geometry), the point deleted against moved (delete_modify). Used by the
merge rules' and the merge summary's unit tests.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import point, zone

from zoneeditor.core.merge import MergeResult, merge
from zoneeditor.core.model import Version
from zoneeditor.io.session import sample_path

#: A square zone whose south and north edges have a middle vertex (a stretch to move).
SQUARE = "POLYGON ((0 0, 0.02 0, 0.04 0, 0.04 0.04, 0.02 0.04, 0 0.04, 0 0))"
#: The square with its south edge's middle vertex moved out.
SOUTH_OUT = "POLYGON ((0 0, 0.02 -0.01, 0.04 0, 0.04 0.04, 0.02 0.04, 0 0.04, 0 0))"

EDIT = textwrap.dedent("""
    import json, sys
    from shapely import Point
    from zoneeditor.core import edits, topology
    from zoneeditor.core.vertices import iter_vertices
    from zoneeditor.io.session import Session

    path, role = sys.argv[1], sys.argv[2]
    session = Session.open(path)
    doc = session.document
    v = doc.project.versions["Proposal B"]
    idlib = v.features["zone-idlib"]
    if role == "ours":
        _, xy = max(iter_vertices(idlib.geometry), key=lambda rx: rx[1][1])  # northernmost
        to = (xy[0], xy[1] + 0.05)
        doc.history.push(topology.move_shared(v, topology.shared_vertices(v, xy), to))
        doc.history.push(edits.set_attributes(v, v.features["zone-ghouta"], notes="annex 2"))
        doc.history.push(edits.delete_features(v, ["post-jmc"]))
    else:
        hama = v.features["zone-hama"]
        shared = sorted(xy for _, xy in iter_vertices(idlib.geometry)
                        if topology.vertices_at(hama, xy))
        xy = shared[len(shared) // 2]
        to = (xy[0], xy[1] - 0.04)
        doc.history.push(topology.move_shared(v, topology.shared_vertices(v, xy), to))
        doc.history.push(edits.set_attributes(v, v.features["zone-homs"], status="disputed"))
        post = v.features["post-jmc"]
        moved = Point(post.geometry.x + 0.02, post.geometry.y)
        doc.history.push(edits.set_geometry(v, post, moved, "Move point"))
    session.save()
    session.close()
    print(json.dumps({"from": list(xy), "to": list(to)}))
""")


def _edit(path: Path, role: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", EDIT, str(path), role],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def two_copies(tmp_path):
    """Two copies of the sample, edited at the same time by two processes (module doc)."""
    a, b = tmp_path / "alice.gpkg", tmp_path / "bob.gpkg"
    shutil.copyfile(sample_path(), a)
    shutil.copyfile(sample_path(), b)
    procs = {"ours": _edit(a, "ours"), "theirs": _edit(b, "theirs")}
    moves = {}
    for role, proc in procs.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        moves[role] = json.loads(out.strip().splitlines()[-1])
    return a, b, moves


def conflicted() -> MergeResult:
    """The three-way merge with a conflict of each kind (module doc): base, ours and theirs
    are versions named "P"."""
    def v(*features) -> Version:
        return Version("P", {f.id: f for f in features})

    base = v(zone("z", SQUARE, name="Z", status="agreed"), point("p", "POINT (0.01 0.01)"))
    ours = v(zone("z", SOUTH_OUT, name="Z", status="proposed"))
    theirs = v(zone("z", "POLYGON ((0 0, 0.02 -0.02, 0.04 0, 0.04 0.04, 0.02 0.05, 0 0.04, "
                         "0 0))", name="Z", status="disputed"),
               point("p", "POINT (0.011 0.01)"))
    return merge(base, ours, theirs)
