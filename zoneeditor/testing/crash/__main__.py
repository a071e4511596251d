"""``python -m zoneeditor.testing.crash child-…``: the processes the kill trials kill."""

import sys

from zoneeditor.testing.crash.children import main

sys.exit(main(sys.argv[1:]))
