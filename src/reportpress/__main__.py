"""``python -m reportpress`` is the ``reportpress`` command."""

import sys

from reportpress.cli import main

sys.exit(main())
