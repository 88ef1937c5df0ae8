import re
import operator

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|(\*\*|[-+*/%()^,])|([A-Za-z_]\w*))")

class ParseError(Exception):
    pass

def tokenize(src):
    pos = 0
    tokens = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {src[pos]!r} at {pos}")
        num, op, name = m.groups()
        if num is not None:
            tokens.append(("NUM", float(num) if "." in num else int(num)))
        elif op is not None:
            tokens.append(("OP", op))
        else:
            tokens.append(("NAME", name))
        pos = m.end()
    tokens.append(("EOF", None))
    return tokens

FUNCS = {"max": max, "min": min, "abs": abs, "pow": pow}

class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, kind, value=None):
        tok = self.next()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        return tok

    def parse(self):
        v = self.expr()
        self.expect("EOF")
        return v

    def expr(self):
        v = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.next()[1]
            rhs = self.term()
            v = operator.add(v, rhs) if op == "+" else operator.sub(v, rhs)
        return v

    def term(self):
        v = self.factor()
        while self.peek()[0] == "OP" and self.peek()[1] in "*/%":
            op = self.next()[1]
            rhs = self.factor()
            v = {"*": operator.mul, "/": operator.truediv, "%": operator.mod}[op](v, rhs)
        return v

    def factor(self):
        if self.peek() == ("OP", "-"):
            self.next()
            return -self.factor()
        if self.peek() == ("OP", "+"):
            self.next()
            return +self.factor()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.next()
            return base ** self.factor()
        return base

    def atom(self):
        kind, val = self.next()
        if kind == "NUM":
            return val
        if kind == "NAME":
            if self.peek() == ("OP", "("):
                self.next()
                args = [self.expr()]
                while self.peek() == ("OP", ","):
                    self.next()
                    args.append(self.expr())
                self.expect("OP", ")")
                try:
                    fn = FUNCS[val]
                except KeyError:
                    raise ParseError(f"unknown function {val}") from None
                return fn(*args)
            if val not in self.env:
                raise NameError(f"name '{val}' is not defined")
            return self.env[val]
        if (kind, val) == ("OP", "("):
            v = self.expr()
            self.expect("OP", ")")
            return v
        raise ParseError(f"unexpected token {val!r}")

def evaluate(src, **env):
    return Parser(tokenize(src), env).parse()

cases = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 / 2", "7 % 3", "-7 % 3",
    "1.5 * 4", ".5 + 1.", "max(1, 2, 3) + min(4, 5)", "abs(-3.25)", "pow(2, 100)",
    "x * y - 1", "2 ^ 10", "10 / 4 * 2", "1 / 0", "foo(1)", "(1 + 2", "1 + $",
    "3 +", "z + 1", "2 ** -1", "0.1 + 0.2", "10 ** 20 / 3", "pow(2, 0.5)", "((((7))))",
    "1e5",
]
for c in cases:
    try:
        r = evaluate(c, x=3, y=4.5)
        print(f"{c!r:28} => {r!r}")
    except (ParseError, ZeroDivisionError, NameError) as e:
        print(f"{c!r:28} !! {type(e).__name__}: {e}")

print(tokenize("a+ 12.5*(b)")[:5])
