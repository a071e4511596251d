"""Where the help entries go in the Help menu: above About, in the order they are added.

Its own module so the user guide (which shows the shortcut sheet's table) and the shortcut
sheet (which sits beside the guide in the menu) need not import each other for it.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def add_help_entry(menu: QMenu, action: QAction) -> None:
    """Put ``action`` with the help entries at the top of ``menu``, above its last entry
    (About) and the separator kept before it."""
    actions = menu.actions()
    if not actions:
        menu.addAction(action)
        return
    about = actions[-1]
    before = actions[-2] if len(actions) > 1 and actions[-2].isSeparator() else None
    if before is None:
        before = menu.insertSeparator(about)
    menu.insertAction(before, action)


__all__ = ["add_help_entry"]
