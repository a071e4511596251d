"""Exchange with other parties: export and import of shapefile, GeoPackage, GeoJSON and KML.

Public entry points:

- ``read_any(path, ...) -> ImportResult``: read any supported file *safely* (in a limited
  child process) into core features by layer, with problems, CRS, encoding and repairs.
- ``import_changeset(project, features, target, label) -> ChangeSet``: undoable import.
- ``export_versions(project, versions, fmt, out, ...) -> ExportReport``: atomic, verified
  export; ``plan_export`` previews file names and the shapefile field-name mapping.
"""

from __future__ import annotations

from zoneeditor.io.exchange.export import (
    FORMATS,
    ExportPlan,
    ExportReport,
    export_versions,
    plan_export,
)
from zoneeditor.io.exchange.importing import (
    DEFAULT_REGION,
    ImportProblem,
    ImportRefused,
    ImportResult,
    import_changeset,
    project_extent,
    read_any,
)

__all__ = [
    "DEFAULT_REGION",
    "FORMATS",
    "ExportPlan",
    "ExportReport",
    "ImportProblem",
    "ImportRefused",
    "ImportResult",
    "export_versions",
    "import_changeset",
    "plan_export",
    "project_extent",
    "read_any",
]
