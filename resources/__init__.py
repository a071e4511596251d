"""Bundled data: basemap, gazetteer, fonts, the sample project (see LICENSES.md)."""
