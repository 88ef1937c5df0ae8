"""re._compiler / sre_compile: compile() of a pattern string to a Pattern object (the
compiling itself is done by the native _sre module)."""

import _sre
from re._constants import *
from re import _parser

MAXCODE = (1 << 32) - 1


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    """A Pattern object for the pattern string p (a SubPattern is compiled from the
    pattern text it was parsed from)."""
    if isinstance(p, _parser.SubPattern):
        p = p.state.str
    return _sre.compile(p, flags)
