"""The Qt-free, file-free heart of zoneeditor: model, changes, document, undo, edits, measures.

Nothing here imports PySide6 or opens a file, so the CLI and most tests drive it headless.
"""
