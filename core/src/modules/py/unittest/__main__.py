"""`python -m unittest [options] [tests]`: runs tests named on the command line or discovered."""
import sys

sys.argv[0] = "python -m unittest"
from unittest import main

main(module=None)
