"""What the Conflicts panel shows, read back for the merge and sync window tests."""

from __future__ import annotations

import re

from zoneeditor.gui.conflicts_panel import ConflictsPanel


def panel_words(panel: ConflictsPanel) -> str:
    """Every text the Conflicts panel shows about its selected conflict: the headings, the
    selected row's hover texts, the buttons, the map check box, the hint and the legend."""
    head = panel.tree.headerItem()
    texts = [head.text(c) for c in range(head.columnCount())]
    item = panel.tree.currentItem()
    if item is not None:
        texts += [item.toolTip(3), item.toolTip(4)]
    texts += [panel.take_ours.text(), panel.take_theirs.text(), panel.show_on_map.text(),
              panel.hint.text()]
    if panel.picture is not None:
        texts += list(panel.picture.labels)
    return " | ".join(texts)


#: The words of a sync's two sides, which a merge's panel never shows (and the reverse).
SYNC_WORDS = re.compile(r"\b(mine|server's)\b", re.IGNORECASE)
MERGE_WORDS = re.compile(r"\b(ours|theirs)\b", re.IGNORECASE)

