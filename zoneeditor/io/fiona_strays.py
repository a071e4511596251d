"""Collect abandoned fiona collections before writing with fiona.

fiona keeps its GDAL environment per thread (``fiona.env.local``) and a collection entered
with ``with`` holds a share of it until it is closed. A collection that was never closed — a
generator abandoned inside its ``with`` block, an object kept in a reference cycle — is
closed whenever Python's cycle collector gets to it, on whichever thread happens to run the
collection, and closing it can end *that* thread's environment. If that happens in the middle
of another fiona call on the same thread (a save's layer being created), fiona fails with
"No GDAL environment exists" and the save is refused, the previous file kept. Seen in the
test suite once the whole suite had run in one process (2 of 2 runs; never in any part of
it run alone), and possible in a long window session.

Where such strays come from (found by listing open collections after every test): a write
that fails on a full disk. fiona's ``close`` flushes first; on a full disk the flush raises
again inside the ``with``'s exit, so the collection never stops its session nor leaves its
environment, and the frames of the error's traceback keep it alive for as long as the error
is kept (pytest keeps it; so would a window that keeps the last error). The collection the
full-disk export test leaves is the one that ended a later test's save mid-write.

Collecting before a write finalises such strays at a moment when no fiona environment is
open on this thread, so nothing of the write can be cut from under it. It costs one full
collection (milliseconds to a few tens of them) per save or export, next to a write of
hundreds of milliseconds.
"""

from __future__ import annotations

import gc


def collect_strays() -> None:
    """Finalise unreachable objects now (see the module documentation)."""
    gc.collect()
