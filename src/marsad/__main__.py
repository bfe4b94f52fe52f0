"""`python -m marsad` runs the command line."""

import sys

from marsad.cli import main

sys.exit(main())
