"""The version a user names on a project file (``FILE:VERSION`` on the command line, the
merge dialog's choice): matched exactly, else ignoring case; the agreed baseline when no
name is given; else one sentence naming the versions the file has.

>>> from zoneeditor.core.model import Project, ProjectMeta, Version
>>> p = Project.from_versions(ProjectMeta(title="talks"), [Version("agreed", {}),
...                                                       Version("Proposal B", {})])
>>> version_of(p, Path("talks.gpkg"), "proposal b").name
'Proposal B'
"""

from __future__ import annotations

from pathlib import Path

from zoneeditor.core.errors import ReadError
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Project, Version


def version_of(project: Project, path: Path, name: str | None) -> Version:
    """The named version of ``project`` (read from ``path``), case-insensitive, else agreed;
    ReadError naming the known versions when there is no such version."""
    if name is None:
        return project.agreed
    if name in project.versions:
        return project.versions[name]
    folded = {n.casefold(): n for n in project.versions}
    if name.casefold() in folded:
        return project.versions[folded[name.casefold()]]
    known = ", ".join(project.versions)
    raise ReadError(str(path), Message("no version %1 in it (versions: %2)", repr(name), known))
