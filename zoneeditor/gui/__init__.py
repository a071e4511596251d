"""The PySide6 window: thin widgets that turn Qt events into core calls and show the model."""
