"""CPython's pure-Python decimal (wasipy's decimal is written in Python already)."""

from decimal import *
from decimal import __all__, __version__

__libmpdec_version__ = "2.4.2"  # (what _pydecimal reports in CPython 3.11)
