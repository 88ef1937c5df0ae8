"""The JSON token scanner: make_scanner(decoder) gives the callable (string, idx) ->
(value, end) that JSONDecoder uses; it is implemented in Rust by _json."""
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner
