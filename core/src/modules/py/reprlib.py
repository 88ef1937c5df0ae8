"""Size-limited alternative repr() implementation."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice


def recursive_repr(fillvalue='...'):
    """Make a __repr__ return *fillvalue* when it re-enters for the same object."""

    def decorate(method):
        busy = set()

        def guarded(self):
            marker = id(self)
            if marker in busy:
                return fillvalue
            busy.add(marker)
            try:
                return method(self)
            finally:
                busy.discard(marker)

        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded, name, getattr(method, name, None))
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, level=self.maxlevel)

    def repr1(self, x, level):
        kind = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + kind, self.repr_instance)
        return handler(x, level)

    def _shorten(self, text, limit):
        # Keep the head and tail of *text*, replacing the middle with the fill.
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _join_items(self, items, level, opener, closer, limit, single=''):
        count = len(items)
        if count and level <= 0:
            return opener + self.fillvalue + closer
        parts = [self.repr1(item, level - 1) for item in islice(items, limit)]
        if count > limit:
            parts.append(self.fillvalue)
        if count == 1:
            closer = single + closer
        return opener + ', '.join(parts) + closer

    def repr_tuple(self, x, level):
        return self._join_items(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._join_items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        code = x.typecode
        if len(x) == 0:
            return "array('%s')" % code
        return self._join_items(x, level, "array('%s', [" % code, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._join_items(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._join_items(_sorted_if_possible(x), level,
                                   'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._join_items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        inner = level - 1
        entries = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            entries.append(self.repr1(key, inner) + ': ' + self.repr1(x[key], inner))
        if len(x) > self.maxdict:
            entries.append(self.fillvalue)
        return '{' + ', '.join(entries) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return self._shorten(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._shorten(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
