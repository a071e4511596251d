"""Print the size of a built bundle per component (build.sh calls it after every build).

    python packaging/size_report.py dist/zoneeditor

Each file goes to the first component whose rule matches its path inside ``_internal`` (or the
folder itself); what no rule names is "other". Symbolic links count nothing (their targets
are counted once). The table is sorted by size, with the total, so a build log shows at a
glance what a dependency costs and where a change went.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: (component, path prefixes inside _internal); first match wins.
COMPONENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Qt: ICU data", ("PySide6/Qt/lib/libicudata",)),
    ("Qt: ICU code", ("PySide6/Qt/lib/libicu",)),
    ("Qt: libraries", ("PySide6/Qt/lib/",)),
    ("Qt: plugins", ("PySide6/Qt/plugins/",)),
    ("Qt: translations", ("PySide6/Qt/translations/",)),
    ("PySide6 bindings", ("PySide6/", "shiboken6/")),
    ("numpy: OpenBLAS and Fortran", ("numpy.libs/",)),
    ("numpy", ("numpy/",)),
    ("GDAL built for the bundle (libgdal, packaging/slim_gdal.py)", ("libgdal.so",)),
    ("GDAL for rasterio (libraries)", ("rasterio.libs/",)),
    ("GDAL/PROJ data", ("rasterio/gdal_data", "rasterio/proj_data", "fiona/gdal_data",
                        "fiona/proj_data", "pyproj/proj_dir")),
    ("rasterio", ("rasterio/",)),
    ("GDAL for fiona (libraries)", ("fiona.libs/",)),
    ("fiona", ("fiona/",)),
    ("PROJ for pyproj (libraries)", ("pyproj.libs/",)),
    # packaging/slim_curl.py's (with ZE_GDAL_WHEELS=1: the GDAL wheels' curl)
    ("curl for PROJ (libcurl)", ("libcurl.so",)),
    ("pyproj", ("pyproj/",)),
    ("GEOS and shapely", ("shapely.libs/", "shapely/")),
    ("psycopg and libpq", ("psycopg", "psycopg_binary")),
    ("pdfium (PDF annex pages)", ("pypdfium2",)),
    ("zoneeditor resources (basemap, gazetteer, fonts, sample)", ("zoneeditor/resources/",)),
    ("zoneeditor", ("zoneeditor/",)),
    ("Python: extension modules", ("python3", "lib-dynload/")),
    ("Python: library and stdlib", ("libpython", "base_library.zip")),
    ("licence texts (packaging/licences.py)", ("licences/",)),
)


def component(rel: str) -> str:
    """The component a bundle-relative path belongs to."""
    rel = rel.replace(os.sep, "/")
    for name, prefixes in COMPONENTS:
        if any(rel.startswith(p) for p in prefixes):
            return name
    if rel.startswith("lib") and ".so" in rel:
        return "system libraries"
    return "other"


def sizes(folder: Path) -> dict[str, int]:
    """Bytes per component of the bundle in ``folder`` (its ``_internal`` if there is one)."""
    inner = folder / "_internal" if (folder / "_internal").is_dir() else folder
    out: dict[str, int] = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            if path.is_symlink():
                continue
            try:
                rel = str(path.relative_to(inner))
            except ValueError:
                rel = "executable: " + name
            key = component(rel) if not rel.startswith("executable: ") else "executable"
            out[key] = out.get(key, 0) + path.stat().st_size
    return out


def report(folder: Path) -> str:
    """The table as text."""
    table = sizes(folder)
    total = sum(table.values())
    lines = [f"bundle size per component ({folder}):"]
    for name, size in sorted(table.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {size / 1e6:8.1f} MB  {100 * size / total:5.1f} %  {name}")
    lines.append(f"  {total / 1e6:8.1f} MB  total")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/zoneeditor")))
