# Shunting-yard: infix -> RPN -> evaluation, with variables and functions; ends uncaught.
import math
import operator
from collections import namedtuple, deque

Tok = namedtuple("Tok", "kind value pos")
OPS = {
    "+": (1, "L", operator.add), "-": (1, "L", operator.sub),
    "*": (2, "L", operator.mul), "/": (2, "L", operator.truediv), "%": (2, "L", operator.mod),
    "^": (3, "R", operator.pow), "neg": (4, "R", operator.neg),
}
FUNCS = {"sin": (1, math.sin), "max": (2, max), "min": (2, min), "sqrt": (1, math.sqrt), "hypot": (2, math.hypot)}


class CalcError(Exception):
    pass


def lex(src):
    i = 0
    prev = None
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise CalcError(f"malformed number {text!r} at {i}")
            tok = Tok("num", float(text) if "." in text else int(text), i)
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            name = src[i:j]
            tok = Tok("func" if name in FUNCS else "var", name, i)
            i = j
        elif c in "+-*/%^(),":
            if c == "-" and (prev is None or prev.kind in ("op", "lpar", "comma")):
                tok = Tok("op", "neg", i)
            elif c in "()":
                tok = Tok("lpar" if c == "(" else "rpar", c, i)
            elif c == ",":
                tok = Tok("comma", c, i)
            else:
                tok = Tok("op", c, i)
            i += 1
        else:
            raise CalcError(f"unexpected {c!r} at {i}")
        prev = tok
        yield tok


def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if t.kind in ("num", "var"):
            out.append(t)
        elif t.kind == "func":
            stack.append(t)
        elif t.kind == "comma":
            while stack and stack[-1].kind != "lpar":
                out.append(stack.pop())
        elif t.kind == "op":
            p1, assoc, _ = OPS[t.value]
            while stack and stack[-1].kind == "op":
                p2 = OPS[stack[-1].value][0]
                if p2 > p1 or (p2 == p1 and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(t)
        elif t.kind == "lpar":
            stack.append(t)
        elif t.kind == "rpar":
            while stack and stack[-1].kind != "lpar":
                out.append(stack.pop())
            if not stack:
                raise CalcError(f"unbalanced ')' at {t.pos}")
            stack.pop()
            if stack and stack[-1].kind == "func":
                out.append(stack.pop())
    while stack:
        t = stack.pop()
        if t.kind == "lpar":
            raise CalcError(f"unbalanced '(' at {t.pos}")
        out.append(t)
    return out


def run(rpn, env):
    st = deque()
    for t in rpn:
        if t.kind == "num":
            st.append(t.value)
        elif t.kind == "var":
            try:
                st.append(env[t.value])
            except KeyError:
                raise CalcError(f"undefined variable {t.value!r}") from None
        elif t.kind == "func":
            n, fn = FUNCS[t.value]
            if len(st) < n:
                raise CalcError(f"{t.value} needs {n} argument(s)")
            args = [st.pop() for _ in range(n)][::-1]
            st.append(fn(*args))
        else:
            if t.value == "neg":
                st.append(-st.pop())
            else:
                b, a = st.pop(), st.pop()
                st.append(OPS[t.value][2](a, b))
    if len(st) != 1:
        raise CalcError(f"malformed expression (stack {list(st)})")
    return st.pop()


env = {"x": 3, "y": 4.5, "big": 10 ** 20}
exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "-(3 - 5) * -x", "max(x, y) - min(2, x)",
         "hypot(x, 4)", "sqrt(16) + sin(0)", "big * big + 1", "7 % 3 + 7 / 2", "x(", "1 + * 2", "1.2.3",
         "z + 1", "3 $ 4", "max(1)", "(1 + 2", "1 + 2)", "10 / (x - 3)"]
for e in exprs:
    try:
        rpn = to_rpn(list(lex(e)))
        print(f"{e:<24} rpn={' '.join(str(t.value) for t in rpn):<28} = {run(rpn, env)!r}")
    except (CalcError, ZeroDivisionError, IndexError) as ex:
        print(f"{e:<24} !! {type(ex).__name__}: {ex}")
print(run(to_rpn(list(lex("sqrt(-1)"))), env))
