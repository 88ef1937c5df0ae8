import re
import operator
from typing import NamedTuple, Iterator, Union
from fractions import Fraction
from decimal import Decimal, getcontext


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|//|[-+*/%()^,=])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)


class ParseError(SyntaxError):
    pass


def tokenize(src: str) -> Iterator[Token]:
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise ParseError(f"bad character {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


Num = Union[int, float, Fraction]


class Parser:
    BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul,
           "/": operator.truediv, "//": operator.floordiv, "%": operator.mod}

    def __init__(self, src: str, env: dict) -> None:
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = env

    @property
    def cur(self) -> Token:
        return self.toks[self.i]

    def eat(self, text=None, kind=None) -> Token:
        t = self.cur
        if (text is not None and t.text != text) or (kind is not None and t.kind != kind):
            raise ParseError(f"expected {text or kind} at {t.pos}, got {t.text or 'EOF'!r}")
        self.i += 1
        return t

    def parse(self):
        if self.cur.kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.eat(kind="NAME").text
            self.eat("=")
            v = self.expr()
            self.env[name] = v
        else:
            v = self.expr()
        self.eat(kind="EOF")
        return v

    def expr(self):
        v = self.term()
        while self.cur.text in ("+", "-"):
            op = self.eat().text
            v = self.BIN[op](v, self.term())
        return v

    def term(self):
        v = self.unary()
        while self.cur.text in ("*", "/", "//", "%"):
            op = self.eat().text
            v = self.BIN[op](v, self.unary())
        return v

    def unary(self):
        if self.cur.text == "-":
            self.eat()
            return -self.unary()
        if self.cur.text == "+":
            self.eat()
            return +self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.cur.text in ("**", "^"):
            self.eat()
            return base ** self.unary()
        return base

    def atom(self):
        t = self.cur
        if t.kind == "NUM":
            self.eat()
            if any(c in t.text for c in ".eE"):
                return float(t.text)
            return int(t.text)
        if t.kind == "NAME":
            self.eat()
            if self.cur.text == "(":
                self.eat("(")
                args = [self.expr()]
                while self.cur.text == ",":
                    self.eat(",")
                    args.append(self.expr())
                self.eat(")")
                fn = self.env.get(t.text)
                if not callable(fn):
                    raise NameError(f"name {t.text!r} is not a function")
                return fn(*args)
            try:
                return self.env[t.text]
            except KeyError:
                raise NameError(f"name {t.text!r} is not defined") from None
        if t.text == "(":
            self.eat("(")
            v = self.expr()
            self.eat(")")
            return v
        raise ParseError(f"unexpected {t.text or 'EOF'!r} at {t.pos}")


env = {"max": max, "min": min, "abs": abs, "F": Fraction, "D": Decimal, "pi": 3.141592653589793,
       "round": round}
tests = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "2 ^ -1", "7 // 2", "-7 // 2",
    "-7 % 3", "7 % -3", "1 / 3", "1e3 + .5" , "10 / 4", "x = 4", "x * x - 1", "max(1, x, 3)",
    "min(2.5, -1)", "F(1, 3) + F(1, 6)", "F(3, 4) ** 2", "abs(-F(7, 2))", "round(pi, 3)",
    "2 ** 100", "-(2 ** 64) // 3", "1 / 0", "y + 1", "1 +", "3 $ 4", "(1 + 2", "pi(2)",
    "2 ** 0.5", "10 ** -2", "0.1 + 0.2", "1e308 * 10", "round(2.675, 2)", "round(2.5)",
    "D(1) / D(7)", "F(1, 3) * 3", "7.0 // 2", "-7.5 % 2", "(-8) ** (1/3)",
]
for src in tests:
    try:
        v = Parser(src, env).parse()
        print(f"{src:<22} => {v!r}")
    except ZeroDivisionError as e:
        print(f"{src:<22} !! ZeroDivisionError: {e}")
    except (ParseError, NameError) as e:
        print(f"{src:<22} !! {type(e).__name__}: {e}")
    except Exception as e:
        print(f"{src:<22} !! other {type(e).__name__}: {e}")

print(list(tokenize("a1 = 3.5e-2*(b//2)"))[:4])
t = Token("NUM", "3", 0)
print(t._replace(text="4"), t._asdict(), Token._fields, t.kind)
getcontext().prec = 10
print(Decimal(2).sqrt(), Decimal("1.10") + Decimal("2.205"), Decimal("7") / Decimal("3"))
e = ParseError("boom")
print(repr(e), e.args, isinstance(e, SyntaxError))
