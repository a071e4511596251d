"""Entry script of the frozen application: the same ``console`` as the ``zoneeditor`` command.

PyInstaller needs a script file, not an entry point; keeping it this small means the bundle
and ``pip install`` run exactly the same code.
"""

import os
import sys

#: Where the bundle keeps the one copy of PROJ and GDAL data it ships (packaging/bundle_shrink
#: keeps exactly one of each; a test checks that these lists match its own).
PROJ_HOMES = ("rasterio/proj_data", "pyproj/proj_dir/share/proj", "fiona/proj_data")
GDAL_HOMES = ("rasterio/gdal_data", "fiona/gdal_data")


def point_at_bundled_data(base: str) -> None:
    """Set PROJ_DATA (and PROJ_LIB) and GDAL_DATA to the bundle's own data folders.

    fiona, rasterio and the GDAL and PROJ libraries read these before anything else; pyproj
    reads PROJ_DATA when its own folder was left out as a duplicate. Always the bundle's:
    a PROJ_DATA left on the machine by another program may belong to an older PROJ.
    """
    for names, homes in ((("PROJ_DATA", "PROJ_LIB"), PROJ_HOMES), (("GDAL_DATA",), GDAL_HOMES)):
        for home in homes:
            path = os.path.join(base, *home.split("/"))
            if os.path.isdir(path):
                for name in names:
                    os.environ[name] = path
                break


if getattr(sys, "frozen", False):
    point_at_bundled_data(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)))

from zoneeditor.__main__ import console  # noqa: E402 - after the environment is set

if __name__ == "__main__":
    console()
