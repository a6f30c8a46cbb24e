"""The bundle's entry script: PyInstaller runs it as ``__main__`` in the ``slawriter``
executable. Everything it does is in :mod:`slawriter.frozen`, where tests can reach it."""

import sys

from slawriter.frozen import main

sys.exit(main())
