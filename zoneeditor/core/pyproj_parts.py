"""pyproj's parts without the cost of its package ``__init__``, for short processes.

``import pyproj`` runs ``pyproj/__init__.py``, which imports every part of pyproj before any
is used: the CRS and database layers, ``Proj``, the transformer, and for its network
support ``urllib.request`` with ``http``, ``email``, ``ssl`` and ``socket``, and
``importlib.metadata`` for ``show_versions``. That is ~90 ms of a ~300 ms ``zoneeditor diff``
on the reference machine, while a diff needs only ``pyproj.geod`` (~17 ms; the local
projection is computed with it too, ``core.aeqd``; #19.3, docs/architecture.md "A short
process loads only the parts of pyproj it uses").

``defer_pyproj_init()`` puts a not yet executed ``pyproj`` package into ``sys.modules``: its
spec and ``__path__`` are pyproj's own, so ``from pyproj.geod import Geod`` loads that
submodule and what it imports, nothing else. The first time an attribute the package does
not have yet is asked for (``pyproj.CRS``, ``from pyproj import Transformer``,
``pyproj.__version__``), pyproj's own ``__init__`` runs in that same module object (PEP 562
``__getattr__``) and answers, so every other ``import pyproj`` in the process works exactly
as before, only later. The submodules already loaded are the ones ``__init__`` imports
(``sys.modules`` returns them), so ``pyproj.Geod is pyproj.geod.Geod`` still holds.

Code that measures therefore imports the submodule it needs (``from pyproj.geod import
Geod``); with pyproj imported normally that is the same class.

Why a process opts in instead of this always applying: it must be called before anything
imports pyproj and while the process has one thread, so that no other thread can import
pyproj between the stub's arrival and its first use. The CLI calls it as it starts; the
window imports pyproj only after its first frame, where the saving would not show.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from types import ModuleType

#: The package's name in ``sys.modules``.
PACKAGE = "pyproj"
#: The dunder names pyproj's ``__init__`` defines: asking for one completes the package.
_PUBLIC_DUNDERS = frozenset({"__version__", "__all__", "__proj_version__",
                             "__proj_compiled_version__"})


def defer_pyproj_init() -> bool:
    """Make ``pyproj``'s package ``__init__`` run on the first attribute used, not on the
    first import of one of its submodules. Returns False (and changes nothing) when pyproj
    is already imported, is not installed, or another thread is running."""
    if PACKAGE in sys.modules or threading.active_count() != 1:
        return False
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return False
    module = importlib.util.module_from_spec(spec)  # attributes set, code not run
    module.__dict__["__getattr__"] = _Completer(module)  # PEP 562: asked for a missing name
    sys.modules[PACKAGE] = module
    return True


def is_deferred() -> bool:
    """True while pyproj's package ``__init__`` has been put off and has not run yet."""
    module = sys.modules.get(PACKAGE)
    return module is not None and isinstance(module.__dict__.get("__getattr__"), _Completer)


class _Completer:
    """The deferred package's PEP 562 ``__getattr__``: runs pyproj's ``__init__`` into the
    module once (the first thread to ask does it, the others wait), then answers."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.lock = threading.RLock()
        self.running = False

    def __call__(self, name: str) -> object:
        if name.startswith("__") and name.endswith("__") and name not in _PUBLIC_DUNDERS:
            # asked by tools probing any module (``inspect.unwrap``'s ``__wrapped__``,
            # PySide6's import hook does it for every module imported): completing here
            # would run pyproj's __init__ half way through the import of one of its parts
            raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}")
        with self.lock:
            namespace = self.module.__dict__
            if namespace.get("__getattr__") is self and not self.running:
                self.running = True
                try:
                    spec = self.module.__spec__
                    assert spec is not None and spec.loader is not None
                    spec.loader.exec_module(self.module)
                finally:
                    self.running = False
                    if namespace.get("__getattr__") is self:
                        del namespace["__getattr__"]  # pyproj's own names answer from now on
            if name in namespace:
                return namespace[name]
        # as a module half way through its import: the name is not (yet) there
        raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}")
