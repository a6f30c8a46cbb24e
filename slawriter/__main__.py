"""``python -m slawriter``: the same as the ``slawriter`` command."""

import sys

from .cli import main

sys.exit(main())
