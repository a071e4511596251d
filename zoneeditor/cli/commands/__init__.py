"""One module per CLI command; see ``zoneeditor.cli`` for the contract."""
