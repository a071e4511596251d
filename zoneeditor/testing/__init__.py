"""The testers' kit: pytest fixtures and a map driver for GUI tests of the editor.

Installed with zoneeditor and registered as a pytest plugin (entry point ``pytest11``), so
any test can ask for the ``editor`` fixture: a real window on a fresh copy of the sample,
offscreen, with ``editor.map`` to click, drag and type at map coordinates. See
``docs/testing.md`` for a complete example.

Only the plugin module is loaded by pytest at start-up, and it imports no Qt; import
``zoneeditor.testing.driver`` (``MapDriver``) once Qt may be imported.
"""
