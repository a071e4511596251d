"""Exchange with other parties: export and import of shapefile, GeoPackage, GeoJSON and KML.

Public entry points:

- ``read_any(path, ...) -> ImportResult``: read any supported file *safely* (in a limited
  child process) into core features by layer, with problems, CRS, encoding and repairs.
- ``import_changeset(project, features, target, label, base=None, given=None) -> ChangeSet``:
  undoable import (with ``given``, ``ImportResult.given``, a feature replacing one of the
  version keeps its values for the attributes its file has no column for; ``values_kept``
  says which); with ``base``, a new proposal that is a copy of that version with the features
  put in (``put_in_preview`` says what it would replace, add and keep); ``unknown_values``
  lists the party and status values the project does not know, to map (``read_any``'s
  ``values``) or keep as new parties (``known_parties``); ``layers_written`` names the
  layers of the target an import changes (the window's layer locks).
- ``export_versions(project, versions, fmt, out, ...) -> ExportReport``: atomic, verified
  export; ``plan_export`` previews file names and the shapefile field-name mapping.

Names are loaded on first use (PEP 562), so the sandboxed reader process, which imports
``zoneeditor.io.exchange.readers``, does not pay for GDAL's writers it never uses.
"""

from __future__ import annotations

from typing import Any

from zoneeditor.core.lazy import lazy_name

_EXPORTS = {
    "FORMATS": "export",
    "ExportPlan": "export",
    "ExportReport": "export",
    "export_versions": "export",
    "plan_export": "export",
    "DEFAULT_REGION": "importing",
    "ImportProblem": "importing",
    "ImportRefused": "into_project",
    "ImportResult": "importing",
    "import_changeset": "into_project",
    "known_parties": "into_project",
    "layers_written": "into_project",
    "put_in_preview": "into_project",
    "project_extent": "importing",
    "read_any": "importing",
    "unknown_values": "into_project",
    "value_notes": "into_project",
    "values_kept": "into_project",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """A re-exported name, its module imported on first use (``core.lazy``)."""
    return lazy_name(__name__, _EXPORTS, globals(), name)
