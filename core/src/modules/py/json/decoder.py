"""JSONDecoder and JSONDecodeError; the parsing itself is `_json`'s scanner."""
import _json
from _json import scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN, PosInf, NegInf = float('nan'), float('inf'), float('-inf')
c_scanstring = py_scanstring = scanstring
_skip_ws = _json.skip_ws


class JSONDecodeError(ValueError):
    """ValueError raised for bad JSON; it knows where: msg (the bare message), doc,
    pos (index in doc), lineno and colno (both counted from 1)."""

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos)          # -1 on the first line
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno = doc.count('\n', 0, pos) + 1
        self.colno = pos - line_start
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, self.lineno, self.colno, pos))

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


_CONSTANTS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = float if parse_float is None else parse_float
        self.parse_int = int if parse_int is None else parse_int
        self.parse_constant = (_CONSTANTS.__getitem__ if parse_constant is None
                               else parse_constant)
        self.strict = strict
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = _json.make_scanner(self)   # reads the attributes above

    def decode(self, s, _w=None):
        """The Python value of the JSON document s (whitespace around it allowed)."""
        value, stop = self.raw_decode(s, _skip_ws(s, 0))
        stop = _skip_ws(s, stop)
        if stop != len(s):
            raise JSONDecodeError('Extra data', s, stop)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON document starting at s[idx]; return (value, index after it)."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as failed:
            raise JSONDecodeError('Expecting value', s, failed.value) from None
