import re
import math
import operator

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|(\*\*|//|[-+*/%()^,])|([A-Za-z_]\w*))")


class CalcError(Exception):
    pass


class ParseError(CalcError):
    def __init__(self, msg, pos):
        super().__init__(msg)
        self.pos = pos

    def __str__(self):
        return f"{self.args[0]} at {self.pos}"


def tokenize(s):
    pos = 0
    out = []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise ParseError(f"bad character {s[pos]!r}", pos)
        num, op, name = m.groups()
        if num is not None:
            out.append(("num", float(num) if "." in num else int(num)))
        elif op is not None:
            out.append(("op", op))
        else:
            out.append(("name", name))
        pos = m.end()
    out.append(("end", None))
    return out


FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "gcd": math.gcd}
CONSTS = {"pi": math.pi, "e": math.e}
BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "^": operator.pow}


class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, val=None):
        t = self.toks[self.i]
        if kind and t[0] != kind or val and t[1] != val:
            raise ParseError(f"expected {val or kind}, got {t[1]!r}", self.i)
        self.i += 1
        return t

    def parse(self):
        v = self.expr()
        self.take("end")
        return v

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = BIN[op](v, self.term())
        return v

    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in ("*", "/", "//", "%"):
            op = self.take()[1]
            v = BIN[op](v, self.factor())
        return v

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        if self.peek() == ("op", "+"):
            self.take()
            return +self.factor()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[0] == "op" and self.peek()[1] in ("**", "^"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return val
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                try:
                    f = FUNCS[val]
                except KeyError:
                    raise CalcError(f"unknown function {val}") from None
                return f(*args)
            if val in CONSTS:
                return CONSTS[val]
            raise CalcError("unknown name %s" % val)
        if (kind, val) == ("op", "("):
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise ParseError(f"unexpected {val!r}", self.i)


tests = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 // 2", "-7 // 2", "7 % -3",
    "1 / 3", "10 / 4", "2 ^ 10", "sqrt(16) + abs(-3)", "max(1, 5, 3) - min(4, 2)",
    "gcd(12, 18)", "pi * 2", "e", ".5 + 1.", "2 ** 100", "2 ** -1", "1 / 0", "sqrt(-1)",
    "1 +", "3 $ 4", "foo(1)", "bar", "(1 + 2", "10 % 0", "gcd(1.5, 2)", "2 ** 0.5",
    "((((1))))", "100000000000000000000 * 100000000000000000000",
]
for t in tests:
    try:
        r = Parser(t).parse()
        print(f"{t:<48} = {r!r}")
    except CalcError as e:
        print(f"{t:<48} ! {type(e).__name__}: {e}")
    except (ArithmeticError, ValueError, TypeError) as e:
        print(f"{t:<48} ! {type(e).__name__}: {e}")
print(tokenize("a1 + 3.25*(b)"))
