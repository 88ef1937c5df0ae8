"""Pretty-printing of Python data structures."""

import collections as _collections
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print *object* to *stream* (sys.stdout by default)."""
    PrettyPrinter(indent=indent, width=width, depth=depth, stream=stream,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty-printed form of *object* as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint() but dicts keep insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _analyse(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that is protected against recursive structures."""
    return _analyse(object)[0]


def isreadable(object):
    """True if the repr of *object* could be read back by eval()."""
    return _analyse(object)[1]


def isrecursive(object):
    """True if *object* contains itself."""
    return _analyse(object)[2]


class _safe_key:
    """Sort key that orders mutually incomparable values by type name and id."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return ((str(type(mine)), id(mine)) <
                    (str(type(theirs)), id(theirs)))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _words(line):
    """Split *line* into runs of non-space followed by their trailing spaces."""
    pieces = []
    start, end = 0, len(line)
    while start < end:
        stop = start
        while stop < end and not line[stop].isspace():
            stop += 1
        while stop < end and line[stop].isspace():
            stop += 1
        pieces.append(line[start:stop])
        start = stop
    return pieces


def _pack(pieces, joiner, limit, last_allowance):
    """Greedily join *pieces* into chunks whose repr fits in *limit*.

    The final chunk must also leave room for *last_allowance* characters.
    Returns the reprs of the chunks."""
    out = []
    current = joiner
    final = len(pieces) - 1
    for idx, piece in enumerate(pieces):
        if idx == final:
            limit -= last_allowance
        attempt = current + piece
        if len(repr(attempt)) > limit:
            if current:
                out.append(repr(current))
            current = piece
        else:
            current = attempt
    if current:
        out.append(repr(current))
    return out


def _is_generated_dataclass(obj):
    cls = type(obj)
    if isinstance(obj, type) or not hasattr(cls, '__dataclass_fields__'):
        return False
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    # Only the __repr__ written by dataclasses (not a user's own).
    return getattr(cls.__repr__, '_dataclass_repr', False)


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex,
                              bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Configure indentation per level, line width, depth limit and stream."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        out = self._stream
        if out is not None:
            self._format(object, out, 0, 0, {}, 0)
            out.write("\n")

    def pformat(self, object):
        buf = _StringIO()
        self._format(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    # -- layout ----------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        flat = self._flat(object, context, level)
        if len(flat) <= self._width - indent - allowance:
            stream.write(flat)
            return
        layout = self._dispatch.get(type(object).__repr__)
        if layout is None and _is_generated_dataclass(object):
            layout = PrettyPrinter._pp_dataclass
        if layout is None:
            stream.write(flat)
            return
        context[key] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _pad_after_open(self, stream):
        extra = self._indent_per_level - 1
        if extra > 0:
            stream.write(' ' * extra)

    def _pp_dataclass(self, object, stream, indent, allowance, context, level):
        from dataclasses import fields
        name = type(object).__name__
        shown = [(f.name, getattr(object, f.name)) for f in fields(object) if f.repr]
        stream.write(name + '(')
        self._emit_fields(shown, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pp_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad_after_open(stream)
        if object:
            if self._sort_dicts:
                pairs = sorted(object.items(), key=_safe_tuple)
            else:
                pairs = object.items()
            self._emit_pairs(pairs, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    def _pp_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pp_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._emit_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pp_tuple(self, object, stream, indent, allowance, context, level):
        closing = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._emit_items(object, stream, indent, allowance + len(closing),
                           context, level)
        stream.write(closing)

    def _pp_set(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        kind = type(object)
        if kind is set:
            opening, closing = '{', '}'
        else:
            opening, closing = kind.__name__ + '({', '})'
            indent += len(kind.__name__) + 1
        stream.write(opening)
        self._emit_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(closing), context, level)
        stream.write(closing)

    def _pp_str(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        last_line = len(lines) - 1
        chunks = []
        for idx, line in enumerate(lines):
            tail = allowance if idx == last_line else 0
            whole = repr(line)
            if len(whole) <= room - tail:
                chunks.append(whole)
            else:
                chunks.extend(_pack(_words(line), '', room, tail))
        if len(chunks) == 1:
            stream.write(chunks[0])
            return
        self._write_chunks(chunks, stream, indent, outermost)

    def _write_chunks(self, chunks, stream, indent, parens):
        if parens:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if parens:
            stream.write(')')

    def _pp_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        quads = [object[i:i + 4] for i in range(0, len(object), 4)]
        # The closing allowance only counts when the last group is partial.
        tail = allowance if len(object) % 4 else 0
        chunks = _pack(quads, b'', self._width - indent, tail)
        self._write_chunks(chunks, stream, indent, outermost)

    def _pp_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pp_bytes(bytes(object), stream, indent + 10, allowance + 1,
                       context, level + 1)
        stream.write(')')

    def _pp_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(')')

    def _pp_namespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(object).__name__
        stream.write(name + '(')
        self._emit_fields(object.__dict__.items(), stream,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _emit_pairs(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        for pos, (key, value) in enumerate(items):
            is_last = pos == len(items) - 1
            key_text = self._flat(key, context, level)
            stream.write(key_text + ': ')
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if is_last else 1, context, level)
            if not is_last:
                stream.write(separator)

    def _emit_fields(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        items = list(items)
        for pos, (name, value) in enumerate(items):
            is_last = pos == len(items) - 1
            stream.write(name + '=')
            if id(value) in context:
                # A namespace containing itself: no recursion marker here.
                stream.write("...")
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if is_last else 1, context, level)
            if not is_last:
                stream.write(separator)

    def _emit_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._pad_after_open(stream)
        separator = ',\n' + ' ' * indent
        items = list(items)
        room = self._width - indent + 1
        left = room
        gap = ''
        for pos, item in enumerate(items):
            is_last = pos == len(items) - 1
            if is_last:
                room -= allowance
                left -= allowance
            if self._compact:
                text = self._flat(item, context, level)
                need = len(text) + 2
                if left < need:
                    left = room
                    if gap:
                        gap = separator
                if left >= need:
                    left -= need
                    stream.write(gap + text)
                    gap = ', '
                    continue
            stream.write(gap)
            gap = separator
            self._format(item, stream, indent, allowance if is_last else 1,
                         context, level)

    def _flat(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for *object*; override to
        customise how individual objects are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    def _pp_default_dict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        factory = self._flat(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pp_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pp_counter(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        self._pad_after_open(stream)
        self._emit_pairs(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pp_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not maps or (len(maps) == 1 and not maps[0]):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for pos, mapping in enumerate(maps):
            if pos < len(maps) - 1:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)
            else:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')

    def _pp_deque(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        bound = object.maxlen
        if bound is None:
            self._emit_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
            return
        self._emit_items(object, stream, indent, 2, context, level)
        shown = self._flat(bound, context, level)
        stream.write('],\n' + ' ' * indent + 'maxlen=' + shown + ')')

    def _pp_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict/UserList/UserString print like the object they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # -- flat reprs --------------------------------------------------------

    def _safe_container(self, object, context, maxlevels, level, template, elements):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for element in elements:
            if isinstance(element, tuple):
                k_text, k_ok, k_rec = self.format(element[0], context, maxlevels, level + 1)
                v_text, v_ok, v_rec = self.format(element[1], context, maxlevels, level + 1)
                parts.append(k_text + ": " + v_text)
                readable = readable and k_ok and v_ok
                recursive = recursive or k_rec or v_rec
            else:
                text, ok, rec = self.format(element[0], context, maxlevels, level + 1)
                parts.append(text)
                readable = readable and ok
                recursive = recursive or rec
        del context[key]
        return template % ", ".join(parts), readable, recursive

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _builtin_scalars:
            return repr(object), True, False
        shown_by = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and shown_by is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(kind, dict) and shown_by is dict.__repr__:
            if not object:
                return "{}", True, False
            if self._sort_dicts:
                pairs = sorted(object.items(), key=_safe_tuple)
            else:
                pairs = list(object.items())
            return self._safe_container(object, context, maxlevels, level,
                                        "{%s}", pairs)
        if issubclass(kind, list) and shown_by is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_container(object, context, maxlevels, level,
                                        "[%s]", [[x] for x in object])
        if issubclass(kind, tuple) and shown_by is tuple.__repr__:
            if not object:
                return "()", True, False
            template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container(object, context, maxlevels, level,
                                        template, [[x] for x in object])
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    _dispatch = {
        dict.__repr__: _pp_dict,
        _collections.OrderedDict.__repr__: _pp_ordered_dict,
        list.__repr__: _pp_list,
        tuple.__repr__: _pp_tuple,
        set.__repr__: _pp_set,
        frozenset.__repr__: _pp_set,
        str.__repr__: _pp_str,
        bytes.__repr__: _pp_bytes,
        bytearray.__repr__: _pp_bytearray,
        _types.MappingProxyType.__repr__: _pp_mappingproxy,
        _types.SimpleNamespace.__repr__: _pp_namespace,
        _collections.defaultdict.__repr__: _pp_default_dict,
        _collections.Counter.__repr__: _pp_counter,
        _collections.ChainMap.__repr__: _pp_chain_map,
        _collections.deque.__repr__: _pp_deque,
        _collections.UserDict.__repr__: _pp_user_wrapper,
        _collections.UserList.__repr__: _pp_user_wrapper,
        _collections.UserString.__repr__: _pp_user_wrapper,
    }
