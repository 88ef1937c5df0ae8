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
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def malformed(n):
        msg = "malformed node or string"
        lno = getattr(n, 'lineno', None)
        if lno:
            msg += ' on line %s' % lno
        raise ValueError(msg + ': %r' % (n,))

    def number(n):
        if not isinstance(n, Constant) or \
                type(n.value) not in (int, float, complex):
            malformed(n)
        return n.value

    def signed(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            v = number(n.operand)
            return +v if isinstance(n.op, UAdd) else -v
        return number(n)

    def convert(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple([convert(e) for e in n.elts])
        if isinstance(n, List):
            return [convert(e) for e in n.elts]
        if isinstance(n, Set):
            return {convert(e) for e in n.elts}
        if isinstance(n, Call) and isinstance(n.func, Name) and \
                n.func.id == 'set' and n.args == [] and n.keywords == []:
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                malformed(n)
            keys = [convert(k) for k in n.keys]
            values = [convert(v) for v in n.values]
            return dict(zip(keys, values))
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left = signed(n.left)
            right = number(n.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(n.op, Add) else left - right
        return signed(n)

    return convert(node)


def dump(node, annotate_fields=True, include_attributes=False, *,
         indent=None):
    """Return a formatted dump of the tree in node."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(value, level):
        # Returns (text, simple): simple values may share a line.
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[' + prefix + sep.join(fmt(x, level)[0]
                                           for x in value) + ']', False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        all_simple = True
        named = annotate_fields
        for name in value._fields:
            try:
                v = getattr(value, name)
            except AttributeError:
                named = True
                continue
            if v is None and getattr(cls, name, ...) is None:
                named = True
                continue
            text, simple = fmt(v, level)
            all_simple = all_simple and simple
            parts.append(name + '=' + text if named else text)
        if include_attributes and value._attributes:
            for name in value._attributes:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    continue
                text, simple = fmt(v, level)
                all_simple = all_simple and simple
                parts.append(name + '=' + text)
        if all_simple and len(parts) <= 3:
            return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
        return '%s(%s%s)' % (cls.__name__, prefix, sep.join(parts)), False

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source location of old_node to new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (
                    hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a location the location of its parent."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and \
                getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is present."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        i += 1
        if c == '\r':
            if i < n and source[i] == '\n':
                i += 1
            lines.append(source[start:i])
            start = i
        elif c == '\n':
            lines.append(source[start:i])
            start = i
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """The source text that generated node, or None if it has no location."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    lines = lines[lineno + 1:end_lineno]
    lines.insert(0, first)
    lines.append(last)
    return ''.join(lines)


def walk(node):
    """Yield node and all its descendants, breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks the tree calling visit_<ClassName> for each node."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None to
    remove it, a list to splice several in)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


# ----- unparse -----

_INFSTR = "1e309"
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES

# Precedence levels, lowest first.
(_P_NAMED_EXPR, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP,
 _P_EXPR, _P_BXOR, _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER,
 _P_AWAIT, _P_ATOM) = range(1, 19)
_P_BOR = _P_EXPR

_BINOPS = {"Add": ("+", _P_ARITH), "Sub": ("-", _P_ARITH),
           "Mult": ("*", _P_TERM), "MatMult": ("@", _P_TERM),
           "Div": ("/", _P_TERM), "Mod": ("%", _P_TERM),
           "FloorDiv": ("//", _P_TERM), "LShift": ("<<", _P_SHIFT),
           "RShift": (">>", _P_SHIFT), "BitOr": ("|", _P_BOR),
           "BitXor": ("^", _P_BXOR), "BitAnd": ("&", _P_BAND),
           "Pow": ("**", _P_POWER)}
_UNOPS = {"Invert": ("~", _P_FACTOR), "Not": ("not", _P_NOT),
          "UAdd": ("+", _P_FACTOR), "USub": ("-", _P_FACTOR)}
_CMPOPS = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">",
           "GtE": ">=", "Is": "is", "IsNot": "is not", "In": "in",
           "NotIn": "not in"}


def _next(p):
    return p if p == _P_ATOM else p + 1


class _Delimit:
    def __init__(self, unparser, start, end, active=True):
        self.u = unparser
        self.start = start
        self.end = end
        self.active = active

    def __enter__(self):
        if self.active:
            self.u.write(self.start)

    def __exit__(self, *exc):
        if self.active:
            self.u.write(self.end)


class _Block:
    def __init__(self, unparser):
        self.u = unparser

    def __enter__(self):
        self.u.write(":")
        self.u._indent += 1

    def __exit__(self, *exc):
        self.u._indent -= 1


class _Unparser(NodeVisitor):
    def __init__(self, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._indent = 0
        self._in_try_star = False
        self._avoid_backslashes = _avoid_backslashes

    # Output helpers.

    def write(self, *text):
        self._source.extend(text)

    def maybe_newline(self):
        if self._source:
            self.write("\n")

    def fill(self, text=""):
        self.maybe_newline()
        self.write("    " * self._indent + text)

    def block(self):
        return _Block(self)

    def delimit(self, start, end):
        return _Delimit(self, start, end)

    def delimit_if(self, start, end, condition):
        return _Delimit(self, start, end, condition)

    def require_parens(self, precedence, node):
        return self.delimit_if("(", ")", self.get_precedence(node) > precedence)

    def get_precedence(self, node):
        return self._precedences.get(node, _P_TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self._precedences[node] = precedence

    def interleave(self, sep, f, seq):
        first = True
        for x in seq:
            if first:
                first = False
            else:
                self.write(sep)
            f(x)

    def items_view(self, traverser, items):
        if len(items) == 1:
            traverser(items[0])
            self.write(",")
        else:
            self.interleave(", ", traverser, items)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return "".join(self._source)

    def _body_with_docstring(self, node):
        doc = None
        if node.body and isinstance(node.body[0], Expr):
            v = node.body[0].value
            if isinstance(v, Constant) and isinstance(v.value, str):
                doc = v
        if doc is not None:
            self.fill()
            if doc.kind == "u":
                self.write("u")
            self._write_str_avoiding_backslashes(doc.value, _MULTI_QUOTES)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    # Statements.

    def visit_Module(self, node):
        self._body_with_docstring(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_P_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(_P_TUPLE, node):
            self.set_precedence(_P_ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(" := ")
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill("import ")
        self.interleave(", ", self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.interleave(", ", self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_P_TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINOPS[type(node.op).__name__][0] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if("(", ")", not node.simple and
                             isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.interleave(", ", self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.interleave(", ", self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.interleave(", ", self.write, node.names)

    def visit_Await(self, node):
        with self.require_parens(_P_AWAIT, node):
            self.write("await")
            if node.value:
                self.write(" ")
                self.set_precedence(_P_ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(_P_YIELD, node):
            self.write("yield")
            if node.value:
                self.write(" ")
                self.set_precedence(_P_ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(_P_YIELD, node):
            self.write("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(_P_ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def _try(self, node, star):
        prev = self._in_try_star
        self._in_try_star = star
        try:
            self.fill("try")
            with self.block():
                self.traverse(node.body)
            for ex in node.handlers:
                self.traverse(ex)
            if node.orelse:
                self.fill("else")
                with self.block():
                    self.traverse(node.orelse)
            if node.finalbody:
                self.fill("finally")
                with self.block():
                    self.traverse(node.finalbody)
        finally:
            self._in_try_star = prev

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self._in_try_star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        with self.block():
            self.traverse(node.body)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)
        self.fill("class " + node.name)
        with self.delimit_if("(", ")", node.bases or node.keywords):
            self.interleave(", ", self.traverse, node.bases + node.keywords)
        with self.block():
            self._body_with_docstring(node)

    def _function(self, node, keyword):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)
        self.fill(keyword + " " + node.name)
        with self.delimit("(", ")"):
            self.traverse(node.args)
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        with self.block():
            self._body_with_docstring(node)

    def visit_FunctionDef(self, node):
        self._function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self._function(node, "async def")

    def _for(self, node, keyword):
        self.fill(keyword)
        self.set_precedence(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_For(self, node):
        self._for(node, "for ")

    def visit_AsyncFor(self, node):
        self._for(node, "async for ")

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        while node.orelse and len(node.orelse) == 1 and \
                isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_With(self, node):
        self.fill("with ")
        self.interleave(", ", self.traverse, node.items)
        with self.block():
            self.traverse(node.body)

    def visit_AsyncWith(self, node):
        self.fill("async with ")
        self.interleave(", ", self.traverse, node.items)
        with self.block():
            self.traverse(node.body)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        with self.block():
            self.traverse(node.body)

    # Strings.

    def _str_literal_helper(self, string, quote_types=_ALL_QUOTES,
                            escape_special_whitespace=False):
        """The escaped string and the quotes that can still enclose it."""
        out = []
        for c in string:
            keep = not escape_special_whitespace and c in "\n\t"
            if not keep and (c == "\\" or not c.isprintable()):
                out.append(c.encode("unicode_escape").decode("ascii"))
            else:
                out.append(c)
        escaped = "".join(out)
        quotes = list(quote_types)
        if "\n" in escaped:
            quotes = [q for q in quotes if q in _MULTI_QUOTES]
        quotes = [q for q in quotes if q not in escaped]
        if not quotes:
            r = repr(string)
            for q in quote_types:
                if r[0] in q:
                    return r[1:-1], [q]
            return r[1:-1], [r[0]]
        if escaped:
            quotes.sort(key=lambda q: q[0] == escaped[-1])
            if quotes[0][0] == escaped[-1]:
                escaped = escaped[:-1] + "\\" + escaped[-1]
        return escaped, quotes

    def _write_str_avoiding_backslashes(self, string, quote_types=_ALL_QUOTES):
        string, quote_types = self._str_literal_helper(string, quote_types)
        q = quote_types[0]
        self.write(q + string + q)

    def _capture(self, f, *args):
        saved = self._source
        self._source = []
        try:
            f(*args)
            return "".join(self._source)
        finally:
            self._source = saved

    def visit_JoinedStr(self, node):
        self.write("f")
        if self._avoid_backslashes:
            text = self._capture(self._fstring_inner, node)
            self._write_str_avoiding_backslashes(text)
            return
        parts = [(self._capture(self._fstring_inner, value),
                  isinstance(value, Constant)) for value in node.values]
        quotes = list(_ALL_QUOTES)
        pieces = []
        for text, is_constant in parts:
            text, quotes = self._str_literal_helper(
                text, quotes, escape_special_whitespace=is_constant)
            pieces.append(text)
        q = quotes[0]
        self.write(q + "".join(pieces) + q)

    def _fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError("Unexpected node inside JoinedStr, %r" % (node,))

    def visit_FormattedValue(self, node):
        self.write("{")
        inner = _Unparser(_avoid_backslashes=True)
        inner.set_precedence(_next(_P_TEST), node.value)
        expr = inner.visit(node.value)
        if "\\" in expr:
            raise ValueError(
                "Unable to avoid backslash in f-string expression part")
        if expr.startswith("{"):
            self.write(" ")
        self.write(expr)
        if node.conversion != -1:
            self.write("!" + chr(node.conversion))
        if node.format_spec:
            self.write(":")
            self._fstring_inner(node.format_spec)
        self.write("}")

    # Expressions.

    def visit_Name(self, node):
        self.write(node.id)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace("inf", _INFSTR).replace(
                "nan", "(%s-%s)" % (_INFSTR, _INFSTR)))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit("(", ")"):
                self.items_view(self._write_constant, value)
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self._write_constant(value)

    def visit_List(self, node):
        with self.delimit("[", "]"):
            self.interleave(", ", self.traverse, node.elts)

    def _comp(self, node, start, end):
        with self.delimit(start, end):
            self.traverse(node.elt)
            for gen in node.generators:
                self.traverse(gen)

    def visit_ListComp(self, node):
        self._comp(node, "[", "]")

    def visit_GeneratorExp(self, node):
        self._comp(node, "(", ")")

    def visit_SetComp(self, node):
        self._comp(node, "{", "}")

    def visit_DictComp(self, node):
        with self.delimit("{", "}"):
            self.traverse(node.key)
            self.write(": ")
            self.traverse(node.value)
            for gen in node.generators:
                self.traverse(gen)

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_precedence(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_precedence(_next(_P_TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(" if ")
            self.traverse(cond)

    def visit_IfExp(self, node):
        with self.require_parens(_P_TEST, node):
            self.set_precedence(_next(_P_TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(" if ")
            self.traverse(node.test)
            self.write(" else ")
            self.set_precedence(_P_TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit("{", "}"):
                self.interleave(", ", self.traverse, node.elts)
        else:
            self.write('{*()}')

    def visit_Dict(self, node):
        def item(pair):
            k, v = pair
            if k is None:
                self.write("**")
                self.set_precedence(_P_EXPR, v)
                self.traverse(v)
            else:
                self.traverse(k)
                self.write(": ")
                self.traverse(v)
        with self.delimit("{", "}"):
            self.interleave(", ", item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if("(", ")", len(node.elts) == 0 or
                             self.get_precedence(node) > _P_TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        op, precedence = _UNOPS[type(node.op).__name__]
        with self.require_parens(precedence, node):
            self.write(op)
            if precedence != _P_FACTOR:
                self.write(" ")
            self.set_precedence(precedence, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        op, precedence = _BINOPS[type(node.op).__name__]
        with self.require_parens(precedence, node):
            if op == "**":
                left, right = _next(precedence), precedence
            else:
                left, right = precedence, _next(precedence)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(" %s " % op)
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(_P_CMP, node):
            self.set_precedence(_next(_P_CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for o, e in zip(node.ops, node.comparators):
                self.write(" " + _CMPOPS[type(o).__name__] + " ")
                self.traverse(e)

    def visit_BoolOp(self, node):
        op = "and" if isinstance(node.op, And) else "or"
        precedence = _P_AND if op == "and" else _P_OR
        level = [precedence]

        def operand(value):
            level[0] = _next(level[0])
            self.set_precedence(level[0], value)
            self.traverse(value)
        with self.require_parens(precedence, node):
            self.interleave(" %s " % op, operand, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(_P_ATOM, node.value)
        self.traverse(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(_P_ATOM, node.func)
        self.traverse(node.func)
        with self.delimit("(", ")"):
            self.interleave(", ", self.traverse, node.args + node.keywords)

    def visit_Subscript(self, node):
        self.set_precedence(_P_ATOM, node.value)
        self.traverse(node.value)
        with self.delimit("[", "]"):
            s = node.slice
            if isinstance(s, Tuple) and s.elts:
                self.items_view(self.traverse, s.elts)
            else:
                self.traverse(s)

    def visit_Starred(self, node):
        self.write("*")
        self.set_precedence(_P_EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit("[", "]"):
            self.interleave(", ", self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        self.write("*" + (node.name if node.name is not None else "_"))

    def visit_MatchMapping(self, node):
        def pair(kp):
            self.traverse(kp[0])
            self.write(": ")
            self.traverse(kp[1])
        with self.delimit("{", "}"):
            self.interleave(", ", pair, zip(node.keys, node.patterns))
            if node.rest is not None:
                if node.keys:
                    self.write(", ")
                self.write("**" + node.rest)

    def visit_MatchClass(self, node):
        self.set_precedence(_P_ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit("(", ")"):
            self.interleave(", ", self.traverse, node.patterns)
            if node.kwd_attrs:
                def attr_pattern(ap):
                    self.write(ap[0] + "=")
                    self.traverse(ap[1])
                if node.patterns:
                    self.write(", ")
                self.interleave(", ", attr_pattern,
                                zip(node.kwd_attrs, node.kwd_patterns))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(_P_OR, node):
                self.set_precedence(_P_BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(" as " + node.name)

    def visit_MatchOr(self, node):
        with self.require_parens(_P_BOR, node):
            self.set_precedence(_next(_P_BOR), *node.patterns)
            self.interleave(" | ", self.traverse, node.patterns)

    def visit_arguments(self, node):
        first = True
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (a, d) in enumerate(zip(positional, defaults), 1):
            if first:
                first = False
            else:
                self.write(", ")
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
            if index == len(node.posonlyargs):
                self.write(", /")
        if node.vararg or node.kwonlyargs:
            if first:
                first = False
            else:
                self.write(", ")
            self.write("*")
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(": ")
                    self.traverse(node.vararg.annotation)
        if node.kwonlyargs:
            for a, d in zip(node.kwonlyargs, node.kw_defaults):
                self.write(", ")
                self.traverse(a)
                if d:
                    self.write("=")
                    self.traverse(d)
        if node.kwarg:
            if not first:
                self.write(", ")
            self.write("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(": ")
                self.traverse(node.kwarg.annotation)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg)
            self.write("=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(_P_TEST, node):
            self.write("lambda")
            args = self._capture(self.traverse, node.args)
            if args:
                self.write(" ", args)
            self.write(": ")
            self.set_precedence(_P_TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)


def unparse(ast_obj):
    """Source code that would produce an equivalent tree."""
    return _Unparser().visit(ast_obj)


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
