"""zoneeditor: a desktop map editor for negotiating ceasefire and de-escalation zones.

The package is layered (see docs/architecture.md): ``core`` (no Qt, no files), ``io`` (files,
no Qt), ``render`` (QtGui painting), ``cli`` and ``gui`` on top.
"""

__version__ = "0.1.0"
