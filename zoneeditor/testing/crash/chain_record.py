"""What a kill chain through the real window did and found (``crash.window``): the zones it
drew, where on the screen each is looked for, the edits the screen acknowledged, the
chain's tally, and the order of the kill moments."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np

#: The moments a kill comes at.
MOMENTS = ("after-edit", "after-enter", "mid-drag", "during-save")
#: The proposal a chain draws in (the agreed baseline is locked in the window).
PROPOSAL = "Kill test"
SLOT = 40  # px, side of a drawn zone


# -- what was done, what must be there ---------------------------------------------------------
@dataclass
class Zone:
    """A zone drawn in a slot: its square on the screen and where to look for it."""

    x: int
    y: int
    background: np.ndarray
    dragged: tuple[int, int, np.ndarray] | None = None  # probe outside the corner, its bg
    #: The probe's colour once the zone showed (its own fill over the map there).
    seen: np.ndarray | None = None

    @property
    def probe(self) -> tuple[int, int]:
        """Inside the square, off its centre (the label goes there)."""
        return self.x + 10, self.y + 10

    def corners(self) -> list[tuple[int, int]]:
        """Its four corners, clockwise from the top left."""
        return [(self.x, self.y), (self.x + SLOT, self.y), (self.x + SLOT, self.y + SLOT),
                (self.x, self.y + SLOT)]


@dataclass
class Edit:
    """One acknowledged edit: a zone added, or a drag of a zone's corner."""

    kind: str  # "zone" or "drag"
    zone: Zone


@dataclass
class ChainResult:
    """What a chain of kills found."""

    trials: int = 0
    moments: dict[str, int] = field(default_factory=dict)
    acknowledged: int = 0
    lost: int = 0
    undo_failed: int = 0
    extra_recovered: int = 0
    problems: list[str] = field(default_factory=list)
    sigterm: str = ""
    file_zones: int = -1
    expected_zones: int = -1

    @property
    def ok(self) -> bool:
        """True when nothing was lost and every check passed."""
        return not self.problems and self.lost == 0 and self.undo_failed == 0


def plan(n: int, rng: random.Random) -> list[str]:
    """``n`` kill moments, each kind as often as the others, in random order."""
    moments = [MOMENTS[i % len(MOMENTS)] for i in range(n)]
    rng.shuffle(moments)
    return moments
