# The XPath subset of ElementTree's find/findall/findtext/iterfind, written from the
# library reference (xml.etree.ElementTree, "XPath support").

import re

_TOKEN = re.compile(
    r"\s*(?:('[^']*'|\"[^\"]*\")|(::|//?|\.\.|\(\)|!=|[/.*:\[\]()@=])"
    r"|((?:\{[^}]+\})?[^/\[\]()@!=\s]+))")

_cache = {}


def _tokens(path, namespaces):
    pos = 0
    n = len(path)
    default = namespaces.get('') if namespaces else None
    while pos < n:
        m = _TOKEN.match(path, pos)
        if m is None:
            if path[pos:].strip() == "":
                return
            raise SyntaxError("invalid path")
        pos = m.end()
        quoted, op, name = m.groups()
        if quoted is not None:
            yield ("'", quoted[1:-1])
        elif op is not None:
            yield (op, None)
        elif name is not None:
            if name[:1] != "{" and ":" in name and namespaces:
                prefix, local = name.split(":", 1)
                if prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix)
                name = "{%s}%s" % (namespaces[prefix], local)
            elif default and name[:1] != "{" and name != "*" and not name.isdigit():
                name = "{%s}%s" % (default, name)
            yield ("", name)


def _matcher(tag):
    if tag == "*":
        return None
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        local = tag[3:]
        end = "}" + local
        return lambda t: isinstance(t, str) and (t == local or t.endswith(end))
    if tag[-2:] == "}*":
        start = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(start)
    return lambda t: t == tag


def _child(tag):
    match = _matcher(tag)

    def step(ctx, result):
        for elem in result:
            for e in elem:
                if match is None or match(e.tag):
                    yield e
    return step


def _descendant(tag):
    match = _matcher(tag)

    def step(ctx, result):
        for elem in result:
            for e in elem.iter():
                if e is not elem and (match is None or match(e.tag)):
                    yield e
    return step


def _self(ctx, result):
    yield from result


def _parent(ctx, result):
    parents = ctx.parents()
    seen = set()
    for elem in result:
        p = parents.get(elem)
        if p is not None and id(p) not in seen:
            seen.add(id(p))
            yield p


def _text_of(e):
    return "".join(e.itertext())


def _predicate(toks):
    sig = "".join("-" if op == "" else op for op, _ in toks)
    vals = [v for _, v in toks]
    if sig == "@-":
        key = vals[1]
        return lambda ctx, e: e.get(key) is not None
    if sig in ("@-='", "@-!='"):
        key, value = vals[1], vals[-1]
        if sig[2] == "=":
            return lambda ctx, e: e.get(key) == value
        return lambda ctx, e: e.get(key) is not None and e.get(key) != value
    if sig == "-" and not re.match(r"-?\d+$", vals[0]):
        tag = vals[0]
        return lambda ctx, e: e.find(tag) is not None
    if sig in ("-='", "-!='", ".='", ".!='"):
        value = vals[-1]
        neg = "!" in sig
        if sig[0] == ".":
            return lambda ctx, e: (_text_of(e) != value) if neg else (_text_of(e) == value)
        tag = vals[0]

        def has(ctx, e):
            for c in e.findall(tag):
                if (_text_of(c) != value) if neg else (_text_of(c) == value):
                    return True
            return False
        return has
    if sig in ("-", "-()", "-()-"):
        if sig == "-":
            index = int(vals[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if vals[0] != "last":
                raise SyntaxError("unsupported function")
            if sig == "-()-":
                try:
                    index = int(vals[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def position(ctx, e):
            p = ctx.parents().get(e)
            if p is None:
                return False
            same = [c for c in p if c.tag == e.tag]
            try:
                return same[index] is e
            except IndexError:
                return False
        return position
    raise SyntaxError("invalid predicate")


def _filter(test):
    def step(ctx, result):
        for e in result:
            if test(ctx, e):
                yield e
    return step


def _compile(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    steps = _cache.get(key)
    if steps is not None:
        return steps
    if path[-1:] == "/":
        path += "*"
    toks = list(_tokens(path, namespaces))
    if not toks:
        raise SyntaxError("invalid path")
    if toks[0][0] == "/":
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    i = 0
    n = len(toks)
    while i < n:
        op, name = toks[i]
        i += 1
        if op == "":
            steps.append(_child(name))
        elif op == "*":
            steps.append(_child("*"))
        elif op == ".":
            steps.append(_self)
        elif op == "..":
            steps.append(_parent)
        elif op == "//":
            if i >= n:
                raise SyntaxError("invalid descendant")
            op, name = toks[i]
            i += 1
            if op == "*":
                name = "*"
            elif op != "":
                raise SyntaxError("invalid descendant")
            steps.append(_descendant(name))
        elif op == "[":
            j = i
            while j < n and toks[j][0] != "]":
                j += 1
            if j >= n:
                raise SyntaxError("invalid predicate")
            steps.append(_filter(_predicate(toks[i:j])))
            i = j + 1
        else:
            raise SyntaxError("invalid path")
        if i < n and toks[i][0] == "/":
            i += 1
            if i >= n:
                raise SyntaxError("invalid path")
    if len(_cache) > 100:
        _cache.clear()
    _cache[key] = steps
    return steps


class _Context:
    def __init__(self, root):
        self.root = root
        self._parents = None

    def parents(self):
        if self._parents is None:
            self._parents = {c: p for p in self.root.iter() for c in p}
        return self._parents


def iterfind(elem, path, namespaces=None):
    steps = _compile(path, namespaces)
    ctx = _Context(elem)
    result = iter((elem,))
    for step in steps:
        result = step(ctx, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ""
