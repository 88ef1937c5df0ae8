# Tokenizer + recursive-descent parser + evaluator for a tiny expression language.
import math
import operator
import re
from dataclasses import dataclass
from typing import Union

TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|//|==|!=|<=|>=|[-+*/%^(),=<>])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise ParseError(f"unexpected character {m.group()!r}", m.start())
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


@dataclass
class Num:
    value: Union[int, float]


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Unary:
    op: str
    operand: object


@dataclass
class Call:
    func: str
    args: list


@dataclass
class Assign:
    name: str
    value: object


class Parser:
    PREC = {"==": 1, "!=": 1, "<": 1, ">": 1, "<=": 1, ">=": 1,
            "+": 2, "-": 2, "*": 3, "/": 3, "//": 3, "%": 3}

    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    @property
    def cur(self):
        return self.toks[self.i]

    def eat(self, text=None, kind=None):
        t = self.cur
        if (text is not None and t.text != text) or (kind is not None and t.kind != kind):
            want = text or kind
            raise ParseError(f"expected {want!r}, got {t.text or 'end of input'!r}", t.pos)
        self.i += 1
        return t

    def parse(self):
        node = self.statement()
        self.eat(kind="EOF")
        return node

    def statement(self):
        if self.cur.kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.eat().text
            self.eat("=")
            return Assign(name, self.expr(0))
        return self.expr(0)

    def expr(self, min_prec):
        left = self.unary()
        while self.cur.kind == "OP" and self.PREC.get(self.cur.text, -1) > min_prec - 1 and self.cur.text in self.PREC:
            op = self.cur.text
            prec = self.PREC[op]
            if prec < min_prec:
                break
            self.eat()
            right = self.expr(prec + 1)
            left = BinOp(op, left, right)
        return left

    def unary(self):
        if self.cur.text in ("-", "+"):
            op = self.eat().text
            return Unary(op, self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.cur.text in ("**", "^"):
            self.eat()
            return BinOp("**", base, self.unary())
        return base

    def atom(self):
        t = self.cur
        if t.kind == "NUM":
            self.eat()
            return Num(float(t.text) if any(c in t.text for c in ".eE") else int(t.text))
        if t.kind == "NAME":
            self.eat()
            if self.cur.text == "(":
                self.eat("(")
                args = []
                if self.cur.text != ")":
                    args.append(self.expr(0))
                    while self.cur.text == ",":
                        self.eat(",")
                        args.append(self.expr(0))
                self.eat(")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            self.eat("(")
            e = self.expr(0)
            self.eat(")")
            return e
        raise ParseError(f"unexpected token {t.text or 'EOF'!r}", t.pos)


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow,
       "==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt,
       "<=": operator.le, ">=": operator.ge}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "log": math.log, "round": round}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            try:
                return env[n]
            except KeyError:
                raise NameError(f"undefined variable {n!r}") from None
        case Unary(op="-", operand=o):
            return -evaluate(o, env)
        case Unary(operand=o):
            return +evaluate(o, env)
        case BinOp(op=op, left=l, right=r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(func=f, args=args) if f in FUNCS:
            return FUNCS[f](*[evaluate(a, env) for a in args])
        case Call(func=f):
            raise NameError(f"unknown function {f}()")
        case Assign(name=n, value=v):
            env[n] = evaluate(v, env)
            return env[n]
        case _:
            raise TypeError(f"bad node {node!r}")


env = {"pi": math.pi}
programs = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x * 2 + 1", "y // 3", "y % 4",
    "7 / 2", "sqrt(16) + max(1, 5, 3)", "round(pi, 3)", "x == 10", "1 < 2", "1e3 + 0.5", "abs(-3.5)",
    "10 / 0", "z + 1", "foo(1)", "1 +", "(1 + 2", "3 $ 4", "max()", "log(-1)", "2 ^ 10", "1 2",
    "round(2.675, 2)", "10 // 4 * 4 + 10 % 4", "-(-(-1))", "sqrt(2) ** 2 == 2", "100000000000 * 100000000000",
]
for src in programs:
    try:
        tree = Parser(src).parse()
        val = evaluate(tree, env)
        print(f"{src:<28} => {val!r}")
    except ParseError as e:
        print(f"{src:<28} !! ParseError: {e} (pos={e.pos})")
    except Exception as e:
        print(f"{src:<28} !! {type(e).__name__}: {e}")
print(Parser("a = 1 + f(2, b)").parse())
print(sorted(env.items()))
print(Token("NUM", "1", 0), Token("NUM", "1", 0) == Token("NUM", "1", 0), hash(Token("A", "b", 1)) == hash(Token("A", "b", 1)))
try:
    Token("a", "b", 0).kind = "c"
except Exception as e:
    print(type(e).__name__, e)
evaluate(Parser("q * 2").parse(), env)
