import re
import operator
from functools import reduce


class CycleError(Exception):
    def __init__(self, path):
        super().__init__(" -> ".join(path))
        self.path = path


class Sheet:
    REF = re.compile(r"\b([A-Z])([1-9][0-9]*)\b")
    RANGE = re.compile(r"\b(SUM|MAX|MIN|AVG)\(([A-Z][0-9]+):([A-Z][0-9]+)\)")

    def __init__(self):
        self.raw = {}
        self.cache = {}

    def __setitem__(self, cell, value):
        self.raw[cell] = value
        self.cache.clear()

    def __getitem__(self, cell):
        return self.eval(cell, ())

    def cells_in(self, a, b):
        c1, r1 = a[0], int(a[1:])
        c2, r2 = b[0], int(b[1:])
        return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]

    def eval(self, cell, stack):
        if cell in stack:
            raise CycleError(list(stack[stack.index(cell):]) + [cell])
        if cell in self.cache:
            return self.cache[cell]
        raw = self.raw.get(cell, 0)
        if isinstance(raw, str) and raw.startswith("="):
            expr = raw[1:]
            stack = stack + (cell,)

            def rng(m):
                vals = [self.eval(c, stack) for c in self.cells_in(m[2], m[3])]
                vals = [v for v in vals if isinstance(v, (int, float))]
                fn = m[1]
                if fn == "SUM":
                    return repr(sum(vals))
                if fn == "AVG":
                    return repr(sum(vals) / len(vals)) if vals else "0"
                return repr((max if fn == "MAX" else min)(vals))
            expr = self.RANGE.sub(rng, expr)
            expr = self.REF.sub(lambda m: repr(self.eval(m[0], stack)), expr)
            try:
                value = eval(expr, {"__builtins__": {}}, {})
            except ZeroDivisionError:
                value = "#DIV/0!"
            except (SyntaxError, NameError, TypeError) as e:
                value = f"#ERR({type(e).__name__})"
        else:
            value = raw
        self.cache[cell] = value
        return value

    def render(self, cols="ABCD", rows=range(1, 6)):
        out = ["    " + "".join(f"{c:>12}" for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                v = self.eval(f"{c}{r}", ())
                if isinstance(v, float):
                    cells.append(f"{v:>12.3f}")
                else:
                    cells.append(f"{v!s:>12}")
            out.append(f"{r:>3} " + "".join(cells))
        return "\n".join(out)


s = Sheet()
data = {"A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
        "A2": "apple", "B2": 3, "C2": 0.5, "D2": "=B2*C2",
        "A3": "pear", "B3": 2, "C3": 0.75, "D3": "=B3*C3",
        "A4": "melon", "B4": 1, "C4": 3, "D4": "=B4*C4",
        "A5": "TOTAL", "B5": "=SUM(B2:B4)", "C5": "=AVG(C2:C4)", "D5": "=SUM(D2:D4)"}
for k, v in data.items():
    s[k] = v
print(s.render())
s["B2"] = 10
print("after edit D5 =", s["D5"], "C5 =", round(s["C5"], 4))
s["A6"] = "=D5/0"
s["B6"] = "=A2+1"
s["C6"] = "=(1+"
s["D6"] = "=MAX(B2:B4)-MIN(C2:C4)"
print(s["A6"], s["B6"], s["C6"], s["D6"])
s["A7"] = "=B7+1"
s["B7"] = "=C7*2"
s["C7"] = "=A7"
try:
    s["A7"]
except CycleError as e:
    print("CycleError:", e, len(e.path))
s["C7"] = 4
print(s["A7"], s["B7"])
print(sorted(s.cells_in("A1", "B3")), len(s.cells_in("A1", "D5")))
print(reduce(operator.add, (s[f"D{r}"] for r in range(2, 5))), sum(1 for v in s.raw.values() if str(v).startswith("=")))
