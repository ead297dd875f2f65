"""`python -m driftcheck` runs the command line."""

from driftcheck.cli import main

main()
