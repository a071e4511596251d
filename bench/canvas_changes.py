"""Frame times of the map canvas while a comparison is shown, 1920x1080 offscreen.

    python bench/canvas_changes.py [--frames N] [--off]

The bundled sample on "Proposal B" with the Changes panel comparing it with the agreed
lines and View ▸ Show changes on map on (``--off``: the same frames without the overlay),
over the Natural Earth basemap and towns. The pan and zoom bursts of ``bench/canvas.py`` at
the Syria extent and near Idlib: "interactive" frames are drawn while the view moves (the
cached images shifted and scaled, the overlay drawn live), "settled" frames re-render the
images. "Frame after an edit": an attribute change pushed, then the frame. Not part of the
test suite (timings on a shared machine are noisy): it prints figures.
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from canvas import SYRIA, H, W, frame, report, sequence, window_at  # bench/canvas.py
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from zoneeditor.core.viewport import Viewport
from zoneeditor.io.session import Session

IDLIB = (36.2, 35.0, 37.2, 35.8)


def run(frames: int, overlay: bool) -> int:
    """Print the frame times; 0."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from zoneeditor.core.edits import set_attributes

    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "zoneeditor-bench")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{os.cpu_count()} CPUs, load average {load:.1f} (figures inflate on a busy machine)")
    window = window_at(app, Session.sample(), settings)
    canvas = window.canvas
    window.editor.switch_version("Proposal B")
    panel = window.addons.changes
    panel.set_versions("agreed", "Proposal B")
    panel.wait()
    window.findChild(QAction, "action_show_diff").setChecked(overlay)
    print(f"sample, Proposal B against the agreed lines, overlay {'on' if overlay else 'off'}"
          f" ({canvas.width()}x{canvas.height()})")
    for name, extent in (("Syria", SYRIA), ("Idlib", IDLIB)):
        moving, settled = sequence(app, canvas, Viewport.fit(extent, W, H, margin=0.0), frames)
        report(f"{name}: interactive frames", moving, 16)
        report(f"{name}: settled re-render frames", settled, None)
    doc = window.document
    edits = []
    for i in range(10):
        f = doc.version.get("zone-ghouta")
        doc.history.push(set_attributes(doc.version, f, notes=f"bench {i}"))
        edits.append(frame(canvas))
        panel.wait()  # the comparison is computed again after an edit: its frame too
        app.processEvents()
        edits.append(frame(canvas))
    report("Idlib: frames after an edit", edits, None)
    doc.history.set_clean()
    window.close()
    return 0


def main() -> int:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=30, help="frames per pan/zoom burst")
    parser.add_argument("--off", action="store_true", help="the same without the overlay")
    args = parser.parse_args()
    return run(args.frames, not args.off)


if __name__ == "__main__":
    sys.exit(main())
