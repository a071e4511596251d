"""The kit's failures, in a module of their own so every part of the kit (the driver, the
dialog guard, the answering helper) raises the same classes; ``testing.driver`` re-exports
them, where the docs name them."""

from __future__ import annotations


class OffMapError(AssertionError):
    """A test asked for a place the current view does not show (zoom there first)."""


class DriverError(AssertionError):
    """The window did not react as a user would expect (message says what happened)."""


__all__ = ["DriverError", "OffMapError"]
