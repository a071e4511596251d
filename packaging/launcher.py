"""Entry script of the frozen application: the same ``main`` as the ``zoneeditor`` command.

PyInstaller needs a script file, not an entry point; keeping it this small means the bundle
and ``pip install`` run exactly the same code.
"""

import sys

from zoneeditor.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
