"""The terms of reading a foreign file: what the user chose (``ReadOptions``) and how a
reading that cannot go on says why (``ReadFailure``).

Apart from the readers (``io.exchange.readers``) so that what the readers use may raise
these too without importing the readers back (``io.exchange.feature_limit``'s refusal is a
``ReadFailure`` checked against ``ReadOptions.max_features``). Import them from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zoneeditor.io import safezip


class ReadFailure(Exception):
    """The file cannot be read; the message is the reason, fit for a user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # str(exc) would lose a Message's template


@dataclass
class ReadOptions:
    """Choices the user made: encoding, the CRS to assume, layers, limits for zips, and
    how many features the file may hold (``max_features``: a comparison's limit; None for
    none), refused as soon as a reader knows there are more (``feature_limit``)."""

    encoding: str | None = None
    assume_crs: str | None = None
    layers: list[str] | None = None
    zip_limits: safezip.ZipLimits = field(default_factory=safezip.ZipLimits)
    max_features: int | None = None
