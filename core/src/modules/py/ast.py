"""Abstract syntax trees: parse Python source into node objects, inspect and
transform them, and turn them back into source."""

import _ast
from _ast import PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%s constructor takes at most %d positional "
                            "argument%s" % (type(self).__name__, n,
                                            "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__ or None


# The node classes (Python.asdl of 3.11): base: Class(fields) where a field
# ending in '?' is optional (None by default) and '*' is a list.
_POS = ("lineno", "col_offset", "end_lineno?", "end_col_offset?")
_SPEC = (
    ("mod", (), (
        ("Module", "body* type_ignores*"),
        ("Interactive", "body*"),
        ("Expression", "body"),
        ("FunctionType", "argtypes* returns"),
    )),
    ("stmt", _POS, (
        ("FunctionDef", "name args body* decorator_list* returns? type_comment?"),
        ("AsyncFunctionDef",
         "name args body* decorator_list* returns? type_comment?"),
        ("ClassDef", "name bases* keywords* body* decorator_list*"),
        ("Return", "value?"),
        ("Delete", "targets*"),
        ("Assign", "targets* value type_comment?"),
        ("AugAssign", "target op value"),
        ("AnnAssign", "target annotation value? simple"),
        ("For", "target iter body* orelse* type_comment?"),
        ("AsyncFor", "target iter body* orelse* type_comment?"),
        ("While", "test body* orelse*"),
        ("If", "test body* orelse*"),
        ("With", "items* body* type_comment?"),
        ("AsyncWith", "items* body* type_comment?"),
        ("Match", "subject cases*"),
        ("Raise", "exc? cause?"),
        ("Try", "body* handlers* orelse* finalbody*"),
        ("TryStar", "body* handlers* orelse* finalbody*"),
        ("Assert", "test msg?"),
        ("Import", "names*"),
        ("ImportFrom", "module? names* level?"),
        ("Global", "names*"),
        ("Nonlocal", "names*"),
        ("Expr", "value"),
        ("Pass", ""),
        ("Break", ""),
        ("Continue", ""),
    )),
    ("expr", _POS, (
        ("BoolOp", "op values*"),
        ("NamedExpr", "target value"),
        ("BinOp", "left op right"),
        ("UnaryOp", "op operand"),
        ("Lambda", "args body"),
        ("IfExp", "test body orelse"),
        ("Dict", "keys* values*"),
        ("Set", "elts*"),
        ("ListComp", "elt generators*"),
        ("SetComp", "elt generators*"),
        ("DictComp", "key value generators*"),
        ("GeneratorExp", "elt generators*"),
        ("Await", "value"),
        ("Yield", "value?"),
        ("YieldFrom", "value"),
        ("Compare", "left ops* comparators*"),
        ("Call", "func args* keywords*"),
        ("FormattedValue", "value conversion format_spec?"),
        ("JoinedStr", "values*"),
        ("Constant", "value kind?"),
        ("Attribute", "value attr ctx"),
        ("Subscript", "value slice ctx"),
        ("Starred", "value ctx"),
        ("Name", "id ctx"),
        ("List", "elts* ctx"),
        ("Tuple", "elts* ctx"),
        ("Slice", "lower? upper? step?"),
    )),
    ("expr_context", (), (("Load", ""), ("Store", ""), ("Del", ""))),
    ("boolop", (), (("And", ""), ("Or", ""))),
    ("operator", (), tuple((n, "") for n in (
        "Add Sub Mult MatMult Div Mod Pow LShift RShift BitOr BitXor BitAnd "
        "FloorDiv").split())),
    ("unaryop", (), tuple((n, "") for n in "Invert Not UAdd USub".split())),
    ("cmpop", (), tuple((n, "") for n in
                        "Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn".split())),
    ("excepthandler", _POS, (("ExceptHandler", "type? name? body*"),)),
    ("pattern", ("lineno", "col_offset", "end_lineno", "end_col_offset"), (
        ("MatchValue", "value"),
        ("MatchSingleton", "value"),
        ("MatchSequence", "patterns*"),
        ("MatchMapping", "keys* patterns* rest?"),
        ("MatchClass", "cls patterns* kwd_attrs* kwd_patterns*"),
        ("MatchStar", "name?"),
        ("MatchAs", "pattern? name?"),
        ("MatchOr", "patterns*"),
    )),
    ("type_ignore", (), (("TypeIgnore", "lineno tag"),)),
)
# Product types: a class with fields and no subclasses.
_PRODUCTS = (
    ("comprehension", "target iter ifs* is_async", ()),
    ("arguments", "posonlyargs* args* vararg? kwonlyargs* kw_defaults* "
                  "kwarg? defaults*", ()),
    ("arg", "arg annotation? type_comment?", _POS),
    ("keyword", "arg? value", _POS),
    ("alias", "name asname?", _POS),
    ("withitem", "context_expr optional_vars?", ()),
    ("match_case", "pattern guard? body*", ()),
)


def _define(name, base, spec, attrs):
    words = spec.split()
    ns = {"_fields": tuple(w.rstrip("?*") for w in words),
          "__module__": "ast"}
    if attrs is not None:
        ns["_attributes"] = tuple(a.rstrip("?") for a in attrs)
        for a in attrs:
            if a.endswith("?"):
                ns[a[:-1]] = None
    for w in words:
        if w.endswith("?"):
            ns[w[:-1]] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


_classes = {}
for _base, _attrs, _kinds in _SPEC:
    _b = _define(_base, AST, "", _attrs)
    _classes[_base] = _b
    for _name, _spec in _kinds:
        _classes[_name] = _define(_name, _b, _spec, None)
for _name, _spec, _attrs in _PRODUCTS:
    _classes[_name] = _define(_name, AST, _spec, _attrs)
del _base, _attrs, _kinds, _name, _spec, _b



# Deprecated node classes (kept for old code): constructing one gives a
# Constant, and isinstance() checks the constant's type.
def _getter(self):
    return self.value


def _setter(self, value):
    self.value = value


Constant.n = property(_getter, _setter)
Constant.s = property(_getter, _setter)

_CONST_TYPES = {"Num": ((int, float, complex), bool), "Str": ((str,), ()),
                "Bytes": ((bytes,), ()),
                "NameConstant": ((type(None), bool), ()),
                "Ellipsis": ((type(...),), ())}


class _ConstantKind(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        kinds = _CONST_TYPES.get(cls.__name__)
        if kinds is None:
            return type.__instancecheck__(cls, inst)
        try:
            value = inst.value
        except AttributeError:
            return False
        return isinstance(value, kinds[0]) and not isinstance(value, kinds[1])


def _new_constant(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError("%s got multiple values for argument %r"
                            % (cls.__name__, key))
    if cls.__name__ in _CONST_TYPES:
        if cls.__name__ == "Ellipsis":
            return Constant(..., *args, **kwargs)
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


for _name, _fields in (("Num", ("n",)), ("Str", ("s",)), ("Bytes", ("s",)),
                       ("NameConstant", ("value", "kind")), ("Ellipsis", ())):
    globals()[_name] = _ConstantKind(_name, (Constant,), {
        "_fields": _fields, "__new__": _new_constant, "__module__": "ast"})
del _name, _fields


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node."""
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode("utf-8")
    elif isinstance(source, AST):
        return source
    elif not isinstance(source, str):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if not isinstance(filename, str):
        filename = str(filename) if not isinstance(filename, bytes) \
            else filename.decode()
    if mode not in ("exec", "eval", "single"):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or "
                         "'func_type'" if mode != "func_type" else
                         "func_type mode is not supported")
    return _ast._parse(source, filename, mode, _classes)


def literal_eval(node_or_string):
    """Evaluate a string or node holding only a Python literal or container
    display (strings, bytes, numbers, tuples, lists, dicts, sets, booleans,
    None)."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(" \t"), mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body

    def reject(n):
        line = getattr(n, 'lineno', None)
        where = ' on line %s' % line if line else ''
        raise ValueError('malformed node or string%s: %r' % (where, n))

    def number(n):
        if isinstance(n, Constant) and type(n.value) in (int, float, complex):
            return n.value
        reject(n)

    def signed(n):
        if isinstance(n, UnaryOp) and type(n.op) in (UAdd, USub):
            v = number(n.operand)
            return -v if type(n.op) is USub else +v
        return number(n)

    containers = {Tuple: tuple, List: list, Set: set}

    def value(n):
        if isinstance(n, Constant):
            return n.value
        for kind, make in containers.items():
            if isinstance(n, kind):
                return make(map(value, n.elts))
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                reject(n)
            return dict(zip(map(value, n.keys), map(value, n.values)))
        if (isinstance(n, Call) and isinstance(n.func, Name)
                and n.func.id == 'set' and not n.args and not n.keywords):
            return set()
        if isinstance(n, BinOp) and type(n.op) in (Add, Sub):
            real = signed(n.left)
            imag = number(n.right)
            if type(real) in (int, float) and type(imag) is complex:
                return real - imag if type(n.op) is Sub else real + imag
        return signed(n)

    return value(tree)


def dump(node, annotate_fields=True, include_attributes=False, *,
         indent=None):
    """Return a formatted dump of the tree in node."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def present(n, names):
        """(name, value) of the fields that are set and not a None default."""
        cls = type(n)
        for name in names:
            if not hasattr(n, name):
                yield name, _MISSING
                continue
            v = getattr(n, name)
            yield name, (_MISSING if v is None and
                         getattr(cls, name, ...) is None else v)

    def render(value, depth):
        """(text, one_liner): one-liners may share a line with siblings."""
        if indent is None:
            opener, between = '', ', '
        else:
            opener = '\n' + indent * (depth + 1)
            between = ',' + opener
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[' + opener + between.join(
                render(v, depth + 1)[0] for v in value) + ']', False
        if not isinstance(value, AST):
            return repr(value), True
        parts = []
        simple = True
        keyword = annotate_fields
        for name, v in present(value, value._fields):
            if v is _MISSING:
                keyword = True
                continue
            text, one = render(v, depth + 1)
            simple = simple and one
            parts.append(name + '=' + text if keyword else text)
        if include_attributes:
            for name, v in present(value, value._attributes):
                if v is not _MISSING:
                    text, one = render(v, depth + 1)
                    simple = simple and one
                    parts.append(name + '=' + text)
        head = type(value).__name__ + '('
        if simple and len(parts) <= 3:
            return head + ', '.join(parts) + ')', not parts
        return head + opener + between.join(parts) + ')', False

    return render(node, 0)[0]


_MISSING = object()
_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Copy the source location of old_node to new_node."""
    for attr in _POSITIONS:
        if attr not in old_node._attributes or attr not in new_node._attributes:
            continue
        v = getattr(old_node, attr, _MISSING)
        if v is _MISSING or (v is None and not attr.startswith('end_')):
            continue
        setattr(new_node, attr, v)
    return new_node


def fix_missing_locations(node):
    """Give every node without a location the location of its parent."""
    todo = [(node, (1, 0, 1, 0))]
    while todo:
        current, inherited = todo.pop()
        here = []
        for attr, default in zip(_POSITIONS, inherited):
            if attr not in current._attributes:
                here.append(default)
                continue
            v = getattr(current, attr, None)
            if v is None and (attr.startswith('end_') or
                              not hasattr(current, attr)):
                setattr(current, attr, default)
                v = default
            here.append(v)
        todo.extend((child, tuple(here))
                    for child in reversed(list(iter_child_nodes(current))))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants."""
    for sub in walk(node):
        if isinstance(sub, TypeIgnore) or 'lineno' in sub._attributes:
            sub.lineno = getattr(sub, 'lineno', 0) + n
        if isinstance(sub, TypeIgnore):
            continue
        if 'end_lineno' in sub._attributes:
            end = getattr(sub, 'end_lineno', 0)
            if end is not None:
                sub.end_lineno = end + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is present."""
    for name in node._fields:
        if hasattr(node, name):
            yield name, getattr(node, name)


def iter_child_nodes(node):
    """Yield the direct child nodes of node."""
    for _, v in iter_fields(node):
        for item in (v if isinstance(v, list) else (v,)):
            if isinstance(item, AST):
                yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    first = node.body[0] if node.body else None
    if not isinstance(first, Expr):
        return None
    doc = first.value
    if not (isinstance(doc, Constant) and isinstance(doc.value, str)):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(doc.value)
    return doc.value


def _source_lines(text):
    """Lines of text split at \\r\\n, \\r and \\n only (not at form feeds),
    each keeping its end."""
    found = []
    start = 0
    for i, ch in enumerate(text):
        if ch == '\n' and i and text[i - 1] == '\r':
            continue
        if ch == '\r' and text[i + 1:i + 2] == '\n':
            found.append(text[start:i + 2])
            start = i + 2
        elif ch in '\r\n':
            found.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        found.append(text[start:])
    return found


def get_source_segment(source, node, *, padded=False):
    """The source text that generated node, or None if it has no location."""
    try:
        first, last = node.lineno - 1, node.end_lineno - 1
        start, stop = node.col_offset, node.end_col_offset
    except (AttributeError, TypeError):
        return None
    if stop is None:
        return None
    lines = [line.encode() for line in _source_lines(source)]
    if first == last:
        return lines[first][start:stop].decode()
    lead = ''
    if padded:
        lead = ''.join(c if c in '\f\t' else ' '
                       for c in lines[first][:start].decode())
    middle = b''.join(lines[first + 1:last]).decode()
    return lead + lines[first][start:].decode() + middle + \
        lines[last][:stop].decode()


def walk(node):
    """Yield node and all its descendants, breadth first."""
    queue = [node]
    i = 0
    while i < len(queue):
        current = queue[i]
        i += 1
        queue.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Walks the tree calling visit_<ClassName> for each node."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + type(node).__name__, None)
        return (handler or self.generic_visit)(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None to
    remove it, a list to splice several in)."""

    def generic_visit(self, node):
        for name, v in list(iter_fields(node)):
            if isinstance(v, AST):
                replacement = self.visit(v)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
            elif isinstance(v, list):
                kept = []
                for item in v:
                    if not isinstance(item, AST):
                        kept.append(item)
                        continue
                    result = self.visit(item)
                    if result is None:
                        continue
                    if isinstance(result, AST):
                        kept.append(result)
                    else:
                        kept.extend(result)
                v[:] = kept
        return node


# ----- unparse -----
# Expressions render to strings: render(node, need) parenthesises node when the
# context needs a tighter binding (`need`) than the node's operator has.
# Statements append (level, text) lines; def and class get a blank line before
# them unless they open the output.

# Binding strength, loosest first.
_NAMED, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _BOR, _BXOR, _BAND, \
    _SHIFT, _ARITH, _TERM, _FACTOR, _POWER, _AWAIT, _ATOM = range(1, 19)

_BIN = {Add: ("+", _ARITH), Sub: ("-", _ARITH), Mult: ("*", _TERM),
        MatMult: ("@", _TERM), Div: ("/", _TERM), Mod: ("%", _TERM),
        FloorDiv: ("//", _TERM), LShift: ("<<", _SHIFT),
        RShift: (">>", _SHIFT), BitOr: ("|", _BOR), BitXor: ("^", _BXOR),
        BitAnd: ("&", _BAND), Pow: ("**", _POWER)}
_UN = {Invert: ("~", _FACTOR), Not: ("not ", _NOT), UAdd: ("+", _FACTOR),
       USub: ("-", _FACTOR)}
_CMP_TEXT = {Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=",
             Is: "is", IsNot: "is not", In: "in", NotIn: "not in"}
_HUGE = "1e309"
_TRIPLE = ('"""', "'''")
_QUOTES = ("'", '"') + _TRIPLE


def _tighter(p):
    return min(p + 1, _ATOM)


def _paren(text, needed):
    return "(" + text + ")" if needed else text


def _escape(text, keep_ws):
    """Backslash-escape backslashes and unprintable characters (except
    newlines and tabs when keep_ws)."""
    pieces = []
    for ch in text:
        if ch == "\\" or (not ch.isprintable() and
                          not (keep_ws and ch in "\n\t")):
            pieces.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            pieces.append(ch)
    return "".join(pieces)


def _fit_quotes(text, quotes, keep_ws=True):
    """(escaped text, quotes still usable around it), preferring quotes that
    differ from the last character."""
    body = _escape(text, keep_ws)
    usable = [q for q in quotes
              if q not in body and ("\n" not in body or len(q) == 3)]
    if not usable:
        r = repr(text)
        return r[1:-1], [next((q for q in quotes if r[0] in q), r[0])]
    if body:
        last = body[-1]
        usable.sort(key=lambda q: q[0] == last)
        if usable[0][0] == last:
            body = body[:-1] + "\\" + last
    return body, usable


def _quoted(text, quotes=_QUOTES):
    body, usable = _fit_quotes(text, quotes)
    return usable[0] + body + usable[0]


class _Exprs:
    """Renders expressions; inside f-string replacement fields (`plain`)
    string constants must avoid backslashes."""

    def __init__(self, plain=False):
        self.plain = plain

    def __call__(self, node, need=_TEST):
        return getattr(self, "_" + type(node).__name__)(node, need)

    def _list(self, nodes, need=_TEST):
        return ", ".join(self(n, need) for n in nodes)

    def _seq(self, nodes):
        text = self._list(nodes)
        return text + "," if len(nodes) == 1 else text

    def constant(self, value):
        if isinstance(value, (float, complex)):
            return repr(value).replace("inf", _HUGE).replace(
                "nan", "(%s-%s)" % (_HUGE, _HUGE))
        if self.plain and isinstance(value, str):
            return _quoted(value)
        return repr(value)

    def _Constant(self, node, need):
        v = node.value
        if isinstance(v, tuple):
            items = [self.constant(x) for x in v]
            return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
        if v is ...:
            return "..."
        return ("u" if node.kind == "u" else "") + self.constant(v)

    def _Name(self, node, need):
        return node.id

    def _BinOp(self, node, need):
        sym, p = _BIN[type(node.op)]
        lp, rp = (_tighter(p), p) if sym == "**" else (p, _tighter(p))
        text = "%s %s %s" % (self(node.left, lp), sym, self(node.right, rp))
        return _paren(text, need > p)

    def _UnaryOp(self, node, need):
        sym, p = _UN[type(node.op)]
        return _paren(sym + self(node.operand, p), need > p)

    def _BoolOp(self, node, need):
        p = _AND if isinstance(node.op, And) else _OR
        parts = []
        level = p
        for v in node.values:
            level = _tighter(level)
            parts.append(self(v, level))
        joiner = " and " if p == _AND else " or "
        return _paren(joiner.join(parts), need > p)

    def _Compare(self, node, need):
        text = self(node.left, _BOR)
        for op, right in zip(node.ops, node.comparators):
            text += " %s %s" % (_CMP_TEXT[type(op)], self(right, _BOR))
        return _paren(text, need > _CMP)

    def _NamedExpr(self, node, need):
        text = self(node.target, _ATOM) + " := " + self(node.value, _ATOM)
        return _paren(text, need > _TUPLE)

    def _Lambda(self, node, need):
        params = _arguments(self, node.args)
        text = "lambda" + (" " + params if params else "") + ": " + \
            self(node.body, _TEST)
        return _paren(text, need > _TEST)

    def _IfExp(self, node, need):
        text = "%s if %s else %s" % (self(node.body, _OR), self(node.test, _OR),
                                     self(node.orelse, _TEST))
        return _paren(text, need > _TEST)

    def _Await(self, node, need):
        text = "await" + (" " + self(node.value, _ATOM) if node.value else "")
        return _paren(text, need > _AWAIT)

    def _Yield(self, node, need):
        text = "yield" + (" " + self(node.value, _ATOM) if node.value else "")
        return _paren(text, need > _YIELD)

    def _YieldFrom(self, node, need):
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        return _paren("yield from " + self(node.value, _ATOM), need > _YIELD)

    def _Tuple(self, node, need):
        return _paren(self._seq(node.elts), not node.elts or need > _TUPLE)

    def _List(self, node, need):
        return "[" + self._list(node.elts) + "]"

    def _Set(self, node, need):
        return "{" + self._list(node.elts) + "}" if node.elts else "{*()}"

    def _Dict(self, node, need):
        items = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                items.append("**" + self(v, _BOR))
            else:
                items.append(self(k) + ": " + self(v))
        return "{" + ", ".join(items) + "}"

    def _generators(self, gens):
        text = ""
        for g in gens:
            text += " async for " if g.is_async else " for "
            text += self(g.target, _TUPLE) + " in " + self(g.iter, _OR)
            for cond in g.ifs:
                text += " if " + self(cond, _OR)
        return text

    def _ListComp(self, node, need):
        return "[" + self(node.elt) + self._generators(node.generators) + "]"

    def _SetComp(self, node, need):
        return "{" + self(node.elt) + self._generators(node.generators) + "}"

    def _GeneratorExp(self, node, need):
        return "(" + self(node.elt) + self._generators(node.generators) + ")"

    def _DictComp(self, node, need):
        return "{" + self(node.key) + ": " + self(node.value) + \
            self._generators(node.generators) + "}"

    def _Call(self, node, need):
        args = [self(a) for a in node.args]
        args += [self._keyword(k) for k in node.keywords]
        return self(node.func, _ATOM) + "(" + ", ".join(args) + ")"

    def _keyword(self, k):
        return ("**" if k.arg is None else k.arg + "=") + self(k.value)

    def _Attribute(self, node, need):
        base = self(node.value, _ATOM)
        v = node.value
        if isinstance(v, Constant) and isinstance(v.value, int):
            base += " "
        return base + "." + node.attr

    def _Subscript(self, node, need):
        s = node.slice
        inner = self._seq(s.elts) if isinstance(s, Tuple) and s.elts else self(s)
        return self(node.value, _ATOM) + "[" + inner + "]"

    def _Starred(self, node, need):
        return "*" + self(node.value, _BOR)

    def _Slice(self, node, need):
        text = (self(node.lower) if node.lower else "") + ":"
        text += self(node.upper) if node.upper else ""
        if node.step:
            text += ":" + self(node.step)
        return text

    # f-strings

    def _field(self, node):
        """The text of a JoinedStr part (or format spec) before quoting."""
        if isinstance(node, JoinedStr):
            return "".join(self._field(v) for v in node.values)
        if isinstance(node, Constant) and isinstance(node.value, str):
            return node.value.replace("{", "{{").replace("}", "}}")
        if isinstance(node, FormattedValue):
            return self._replacement(node)
        raise ValueError("Unexpected node inside JoinedStr, %r" % (node,))

    def _replacement(self, node):
        expr = _Exprs(plain=True)(node.value, _OR)
        if "\\" in expr:
            raise ValueError(
                "Unable to avoid backslash in f-string expression part")
        text = "{" + (" " if expr.startswith("{") else "") + expr
        if node.conversion != -1:
            text += "!" + chr(node.conversion)
        if node.format_spec:
            text += ":" + self._field(node.format_spec)
        return text + "}"

    def _JoinedStr(self, node, need):
        if self.plain:
            return "f" + _quoted(self._field(node))
        quotes = list(_QUOTES)
        body = ""
        for v in node.values:
            piece, quotes = _fit_quotes(self._field(v), quotes,
                                        keep_ws=not isinstance(v, Constant))
            body += piece
        return "f" + quotes[0] + body + quotes[0]

    def _FormattedValue(self, node, need):
        return self._replacement(node)

    # patterns

    def _MatchValue(self, node, need):
        return self(node.value)

    def _MatchSingleton(self, node, need):
        return self.constant(node.value)

    def _MatchSequence(self, node, need):
        return "[" + self._list(node.patterns) + "]"

    def _MatchStar(self, node, need):
        return "*" + ("_" if node.name is None else node.name)

    def _MatchMapping(self, node, need):
        items = [self(k) + ": " + self(p)
                 for k, p in zip(node.keys, node.patterns)]
        if node.rest is not None:
            items.append("**" + node.rest)
        return "{" + ", ".join(items) + "}"

    def _MatchClass(self, node, need):
        items = [self(p) for p in node.patterns]
        items += [a + "=" + self(p)
                  for a, p in zip(node.kwd_attrs, node.kwd_patterns)]
        return self(node.cls, _ATOM) + "(" + ", ".join(items) + ")"

    def _MatchAs(self, node, need):
        if node.name is None:
            return "_"
        if node.pattern is None:
            return node.name
        text = self(node.pattern, _BOR) + " as " + node.name
        return _paren(text, need > _OR)

    def _MatchOr(self, node, need):
        text = " | ".join(self(p, _BXOR) for p in node.patterns)
        return _paren(text, need > _BOR)

    # pieces that are not expressions but appear inside them

    def _arguments(self, node, need):
        return _arguments(self, node)

    def _arg(self, node, need):
        return node.arg + (": " + self(node.annotation) if node.annotation else "")

    def _alias(self, node, need):
        return node.name + (" as " + node.asname if node.asname else "")

    def _withitem(self, node, need):
        text = self(node.context_expr)
        if node.optional_vars:
            text += " as " + self(node.optional_vars)
        return text

    def _comprehension(self, node, need):
        return self._generators([node])


def _arguments(render, a):
    parts = []
    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    for i, (arg, default) in enumerate(zip(positional, defaults), 1):
        text = render._arg(arg, _TEST)
        if default:
            text += "=" + render(default)
        if i == len(a.posonlyargs):
            text += ", /"
        parts.append(text)
    if a.vararg or a.kwonlyargs:
        star = "*"
        if a.vararg:
            star += render._arg(a.vararg, _TEST)
        parts.append(star)
    for arg, default in zip(a.kwonlyargs, a.kw_defaults):
        parts.append(render._arg(arg, _TEST) +
                     ("=" + render(default) if default else ""))
    if a.kwarg:
        parts.append("**" + render._arg(a.kwarg, _TEST))
    return ", ".join(parts)


class _Stmts:
    """Collects the lines of a statement list."""

    def __init__(self):
        self.lines = []
        self.expr = _Exprs()
        self.star_handlers = False

    def add(self, level, text):
        self.lines.append("    " * level + text)

    def body(self, nodes, level):
        for node in nodes:
            getattr(self, "_" + type(node).__name__)(node, level)

    def docstring_body(self, node, level):
        first = node.body[0] if node.body else None
        if isinstance(first, Expr) and isinstance(first.value, Constant) \
                and isinstance(first.value.value, str):
            doc = first.value
            self.add(level, ("u" if doc.kind == "u" else "") +
                     _quoted(doc.value, _TRIPLE))
            self.body(node.body[1:], level)
        else:
            self.body(node.body, level)

    def block(self, level, head, nodes):
        self.add(level, head + ":")
        self.body(nodes, level + 1)

    def _Module(self, node, level):
        self.docstring_body(node, level)

    def _Interactive(self, node, level):
        self.body(node.body, level)

    def _Expression(self, node, level):
        self.lines.append(self.expr(node.body))

    def _Expr(self, node, level):
        self.add(level, self.expr(node.value, _YIELD))

    def _Import(self, node, level):
        self.add(level, "import " + ", ".join(
            self.expr._alias(a, 0) for a in node.names))

    def _ImportFrom(self, node, level):
        self.add(level, "from " + "." * (node.level or 0) + (node.module or "")
                 + " import " + ", ".join(self.expr._alias(a, 0)
                                          for a in node.names))

    def _Assign(self, node, level):
        targets = "".join(self.expr(t, _TUPLE) + " = " for t in node.targets)
        self.add(level, targets + self.expr(node.value))

    def _AugAssign(self, node, level):
        self.add(level, "%s %s= %s" % (self.expr(node.target),
                                      _BIN[type(node.op)][0],
                                      self.expr(node.value)))

    def _AnnAssign(self, node, level):
        target = self.expr(node.target)
        if not node.simple and isinstance(node.target, Name):
            target = "(" + target + ")"
        text = target + ": " + self.expr(node.annotation)
        if node.value:
            text += " = " + self.expr(node.value)
        self.add(level, text)

    def _Return(self, node, level):
        self.add(level, "return" + (" " + self.expr(node.value)
                                    if node.value else ""))

    def _Pass(self, node, level):
        self.add(level, "pass")

    def _Break(self, node, level):
        self.add(level, "break")

    def _Continue(self, node, level):
        self.add(level, "continue")

    def _Delete(self, node, level):
        self.add(level, "del " + self.expr._list(node.targets))

    def _Assert(self, node, level):
        text = "assert " + self.expr(node.test)
        if node.msg:
            text += ", " + self.expr(node.msg)
        self.add(level, text)

    def _Global(self, node, level):
        self.add(level, "global " + ", ".join(node.names))

    def _Nonlocal(self, node, level):
        self.add(level, "nonlocal " + ", ".join(node.names))

    def _Raise(self, node, level):
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            self.add(level, "raise")
            return
        text = "raise " + self.expr(node.exc)
        if node.cause:
            text += " from " + self.expr(node.cause)
        self.add(level, text)

    def _try(self, node, level, star):
        outer = self.star_handlers
        self.star_handlers = star
        try:
            self.block(level, "try", node.body)
            for h in node.handlers:
                self._ExceptHandler(h, level)
            if node.orelse:
                self.block(level, "else", node.orelse)
            if node.finalbody:
                self.block(level, "finally", node.finalbody)
        finally:
            self.star_handlers = outer

    def _Try(self, node, level):
        self._try(node, level, False)

    def _TryStar(self, node, level):
        self._try(node, level, True)

    def _ExceptHandler(self, node, level):
        head = "except*" if self.star_handlers else "except"
        if node.type:
            head += " " + self.expr(node.type)
        if node.name:
            head += " as " + node.name
        self.block(level, head, node.body)

    def _decorated(self, node, level, head):
        if self.lines:
            self.lines.append("")
        for d in node.decorator_list:
            self.add(level, "@" + self.expr(d))
        self.add(level, head + ":")
        self.docstring_body(node, level + 1)

    def _ClassDef(self, node, level):
        bases = [self.expr(b) for b in node.bases]
        bases += [self.expr._keyword(k) for k in node.keywords]
        head = "class " + node.name
        if bases:
            head += "(" + ", ".join(bases) + ")"
        self._decorated(node, level, head)

    def _FunctionDef(self, node, level, keyword="def"):
        head = "%s %s(%s)" % (keyword, node.name,
                              _arguments(self.expr, node.args))
        if node.returns:
            head += " -> " + self.expr(node.returns)
        self._decorated(node, level, head)

    def _AsyncFunctionDef(self, node, level):
        self._FunctionDef(node, level, "async def")

    def _For(self, node, level, keyword="for"):
        head = "%s %s in %s" % (keyword, self.expr(node.target, _TUPLE),
                                self.expr(node.iter))
        self.block(level, head, node.body)
        if node.orelse:
            self.block(level, "else", node.orelse)

    def _AsyncFor(self, node, level):
        self._For(node, level, "async for")

    def _If(self, node, level):
        self.block(level, "if " + self.expr(node.test), node.body)
        rest = node.orelse
        while len(rest) == 1 and isinstance(rest[0], If):
            self.block(level, "elif " + self.expr(rest[0].test), rest[0].body)
            rest = rest[0].orelse
        if rest:
            self.block(level, "else", rest)

    def _While(self, node, level):
        self.block(level, "while " + self.expr(node.test), node.body)
        if node.orelse:
            self.block(level, "else", node.orelse)

    def _With(self, node, level, keyword="with"):
        items = ", ".join(self.expr._withitem(w, 0) for w in node.items)
        self.block(level, keyword + " " + items, node.body)

    def _AsyncWith(self, node, level):
        self._With(node, level, "async with")

    def _Match(self, node, level):
        self.add(level, "match " + self.expr(node.subject) + ":")
        for case in node.cases:
            head = "case " + self.expr(case.pattern)
            if case.guard:
                head += " if " + self.expr(case.guard)
            self.block(level + 1, head, case.body)


def unparse(ast_obj):
    """Source code that would produce an equivalent tree."""
    if isinstance(ast_obj, (stmt, mod, excepthandler)):
        out = _Stmts()
        getattr(out, "_" + type(ast_obj).__name__)(ast_obj, 0)
        return "\n".join(out.lines)
    if isinstance(ast_obj, list):
        out = _Stmts()
        out.body(ast_obj, 0)
        return "\n".join(out.lines)
    if isinstance(ast_obj, keyword):
        return _Exprs()._keyword(ast_obj)
    if isinstance(ast_obj, match_case):
        out = _Stmts()
        out._Match(Match(Name("_", Load()), [ast_obj]), -1)
        return "\n".join(out.lines[1:])
    return _Exprs()(ast_obj)


def _compile_source(source, filename, mode, only_ast):
    """For compile(): the tree of source (PyCF_ONLY_AST), the text to compile
    for a tree, or None when source is not a tree."""
    if only_ast:
        if isinstance(source, AST):
            return source
        return parse(source, filename, mode)
    if not isinstance(source, AST):
        return None
    expected = {"exec": Module, "eval": Expression,
                "single": Interactive}.get(mode)
    if expected is not None and not isinstance(source, expected):
        raise TypeError("expected %s node, got %s"
                        % (expected.__name__, type(source).__name__))
    return unparse(source)


def main():
    import sys
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'))
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    args = parser.parse_args()
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, args.mode)
    print(dump(tree, include_attributes=args.include_attributes,
               indent=args.indent))


if __name__ == '__main__':
    main()
