"""A position written for people: decimal degrees, or degrees-minutes-seconds.

Its own module (it was in ``core.viewport``) because everything that names a place in a
sentence needs it (``core.naming``), while only the map needs the view's maths: a
``zoneeditor diff`` no longer imports the viewport to write "near 35.40000, 36.62000"
(#19.3). ``core.viewport`` used to hold them.

>>> format_position(36.62, 35.4)
'35.40000, 36.62000'
>>> format_position(36.62, 35.4, dms=True)
'35°24′00.0″N 36°37′12.0″E'
"""

from __future__ import annotations


def format_dms(value: float, positive: str, negative: str) -> str:
    """Degrees as degrees-minutes-seconds with a hemisphere letter: 36°37'12.0"E."""
    hemi = positive if value >= 0 else negative
    v = abs(value)
    d = int(v)
    m_full = (v - d) * 60
    m = int(m_full)
    s = (m_full - m) * 60
    if s >= 59.95:  # avoid 60.0" from rounding
        s = 0.0
        m += 1
    if m >= 60:
        m -= 60
        d += 1
    return f"{d}°{m:02d}′{s:04.1f}″{hemi}"


def format_position(lon: float, lat: float, dms: bool = False) -> str:
    """A lon/lat position for the status bar: decimal degrees, or DMS when ``dms``."""
    if dms:
        return f"{format_dms(lat, 'N', 'S')} {format_dms(lon, 'E', 'W')}"
    return f"{lat:.5f}, {lon:.5f}"
