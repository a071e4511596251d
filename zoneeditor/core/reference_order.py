"""Where reference layers go in the drawing order (bottom to top): a new image above the
images already there and below every vector reference — a picture would hide the roads and
rivers drawn under it — and a new vector reference on top.

The same rule places a reference added to the project (``new_position``, the position given
to ``core.reference_edits.add_reference``) and the references shown for this run only, which
are drawn as if they had been added (``with_run_only``).
"""

from __future__ import annotations

from collections.abc import Sequence

from zoneeditor.core.reference import ReferenceLayer


def raster_top(layers: Sequence[ReferenceLayer]) -> int:
    """The position just above the last image of ``layers`` (0 when there is none)."""
    return max((i + 1 for i, r in enumerate(layers) if r.is_raster), default=0)


def new_position(layers: Sequence[ReferenceLayer], layer: ReferenceLayer) -> int | None:
    """The position of ``layer`` added to ``layers`` (None: on top)."""
    return raster_top(layers) if layer.is_raster else None


def with_run_only(project: Sequence[ReferenceLayer], run_only: Sequence[ReferenceLayer]
                  ) -> tuple[ReferenceLayer, ...]:
    """Every reference drawn, bottom to top: the project's, and ``run_only`` placed as new
    ones would be (their images above the project's images, their vectors on top)."""
    if not run_only:
        return tuple(project)
    cut = raster_top(project)
    rasters = [r for r in run_only if r.is_raster]
    vectors = [r for r in run_only if not r.is_raster]
    return (*project[:cut], *rasters, *project[cut:], *vectors)
