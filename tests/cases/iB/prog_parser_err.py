"""Tiny expression evaluator with error reporting."""
import sys


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg, pos)
        self.msg, self.pos = msg, pos

    def __str__(self):
        return f"{self.msg} at position {self.pos}"


def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            toks.append(("num", int(s[i:j]), i))
            i = j
        elif c in "+-*/()":
            toks.append(("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r}", i)
    toks.append(("end", None, len(s)))
    return toks


class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.k = 0

    def peek(self):
        return self.toks[self.k]

    def take(self):
        t = self.toks[self.k]
        self.k += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.atom()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            r = self.atom()
            v = v * r if op == "*" else v / r
        return v

    def atom(self):
        kind, val, pos = self.take()
        if kind == "num":
            return val
        if val == "(":
            v = self.expr()
            if self.take()[1] != ")":
                raise ParseError("expected ')'", pos)
            return v
        if val == "-":
            return -self.atom()
        raise ParseError(f"unexpected {val!r}", pos)


def evaluate(text):
    return Parser(text).expr()


for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 / 2", "2 * (3 + 4", "7 & 1", "8 / (4 - 4)", ""]:
    try:
        print(repr(src), "=", evaluate(src))
    except ParseError as e:
        print(repr(src), "error:", e, e.args)
    except ZeroDivisionError as e:
        print(repr(src), "math error:", e, file=sys.stderr)
print("now uncaught", flush=True)
evaluate("3 * (2 + x)")
