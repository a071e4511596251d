"""The georeferencing the dialog works on (``gui.georef_dialog``), and every change to it.

A scan opened to look at is a **draft**: nothing of it is in the project. Its first control
point brings it into the project — the georeferencing and the point in one undo step — and
from then on the project's copy is the one shown (``ProjectMeta.georeferences``), so an
undo, a redo or another window's journal are followed. Every change (a point added, left
out, deleted, another transform or map grid) is a change set of ``core.reference_edits``
pushed through the editor: undoable, journaled, saved. No widget here: the dialog asks and
shows.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.georef import GeorefError, GeorefFit, fit
from zoneeditor.core.model import ProjectMeta
from zoneeditor.core.reference import ControlPoint, Georeference
from zoneeditor.core.reference_edits import (
    add_control_point,
    add_georeference,
    remove_control_point,
    set_georef_options,
    update_control_point,
)
from zoneeditor.core.reference_rows import GeorefSummary, georef_summary
from zoneeditor.gui.editor import Editor


class GeorefWork:
    """The georeferencing shown (a draft, or the project's) and its change sets."""

    def __init__(self, editor: Editor) -> None:
        self.editor = editor
        #: The scan shown as a georeferencing: a draft until its first point is in the
        #: project (then the project's copy is what ``georeference`` gives).
        self.draft: Georeference | None = None

    @property
    def georeference(self) -> Georeference | None:
        """The georeferencing shown: the project's (once it has a point) or the draft."""
        if self.draft is None:
            return None
        return self._meta().georeference(self.draft.id) or self.draft

    @property
    def in_project(self) -> bool:
        """True when the georeferencing shown is part of the project."""
        return self.draft is not None and self._meta().georeference(self.draft.id) is not None

    def last_kept(self) -> Georeference | None:
        """The project's last georeferencing (the one to continue), or None."""
        kept = self._meta().georeferences
        return kept[-1] if kept else None

    def for_scan(self, path: str | Path, page: int = 0, dpi: float = 200.0) -> Georeference:
        """The project's georeferencing of page ``page`` of the scan at ``path``, else a new
        draft of it."""
        path = str(Path(path).absolute())
        kept = next((g for g in self._meta().georeferences
                     if g.source == path and g.page == page), None)
        return kept or Georeference.create(path, page, dpi=dpi)

    def session_changed(self) -> None:
        """Another project is open: the scan shown stays, as a draft again unless the new
        project has its georeferencing."""
        if self.draft is not None and self._meta().georeference(self.draft.id) is None:
            self.draft = replace(self.draft, points=())

    def fitted(self) -> tuple[GeorefSummary, GeorefFit | None]:
        """The control-point table and RMS of the georeferencing shown, and its fit (None
        while it cannot be fitted: too few points, a bad grid). Needs one shown."""
        g = self.georeference
        assert g is not None
        try:
            transform: GeorefFit | None = fit(g.points, g.method, g.crs)
        except GeorefError:
            transform = None
        return georef_summary(g), transform

    # -- changes (one undo step each) ----------------------------------------------------------
    def add_point(self, point: ControlPoint) -> bool:
        """Add ``point``; the first one brings the georeferencing into the project."""
        g = self.georeference
        if g is None:
            return False
        meta, version = self._meta(), self._version()
        if self.in_project:
            return self.editor.push(add_control_point(meta, version, g.id, point))
        start = add_georeference(meta, version, replace(g, points=()))
        # georeferencing edits always change the project details
        assert start.meta is not None
        cs = add_control_point(start.meta[1], version, g.id, point)
        assert cs.meta is not None
        return self.editor.push(ChangeSet(cs.label, version, (), meta=(meta, cs.meta[1])))

    def set_enabled(self, point_id: str, enabled: bool) -> bool:
        """Use a point for the fit, or leave it out."""
        if self.draft is None or not self.in_project:
            return False
        return self.editor.push(update_control_point(
            self._meta(), self._version(), self.draft.id, point_id, enabled=enabled))

    def delete_point(self, point_id: str) -> bool:
        """Delete a control point."""
        if self.draft is None or not self.in_project:
            return False
        return self.editor.push(remove_control_point(self._meta(), self._version(),
                                                     self.draft.id, point_id))

    def set_options(self, method: str | None = None, crs: str | None = None) -> bool:
        """Another transform or map grid: a change set once the georeferencing is in the
        project (the dialog follows the document), else the draft changes — True then, the
        dialog shows it again."""
        g = self.georeference
        if g is None:
            return False
        if self.in_project:
            self.editor.push(set_georef_options(self._meta(), self._version(), g.id,
                                                method=method, crs=crs))
            return False
        self.draft = replace(g, method=method or g.method, crs=g.crs if crs is None else crs)
        return True

    def _meta(self) -> ProjectMeta:
        return self.editor.document.project.meta

    def _version(self) -> str:
        return self.editor.document.current_version
