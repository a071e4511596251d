"""Files in and out: the project GeoPackage, journal, exchange formats, bundled data.

No Qt here (enforced by an import-linter contract); this layer turns files into core objects.
"""
