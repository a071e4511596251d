"""Names of a package imported on first use (PEP 562): a package that re-exports names from
its modules imports each module only when one of its names is asked for, so importing the
package for one name does not import all of it (start-up time, issue #19)."""

from __future__ import annotations

import importlib
from collections.abc import Mapping, MutableMapping
from typing import Any


def lazy_name(package: str, exports: Mapping[str, str], namespace: MutableMapping[str, Any],
              name: str) -> Any:
    """``name`` from module ``package.exports[name]``, kept in ``namespace`` (the package's
    globals) so it is looked up once; AttributeError for a name the package does not have.
    A package's ``__getattr__(name)`` returns ``lazy_name(__name__, _EXPORTS, globals(),
    name)``."""
    module = exports.get(name)
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{package}.{module}"), name)
    namespace[name] = value
    return value
