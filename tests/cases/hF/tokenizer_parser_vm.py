import re, operator
from collections import namedtuple
Token = namedtuple("Token", ["type", "value", "line", "column"])
SPEC = [("NUMBER", r"\d+(?:\.\d*)?"), ("ASSIGN", r":="), ("END", r";"), ("ID", r"[A-Za-z_]\w*"),
        ("OP", r"[+\-*/()]|==|<=|>=|<|>"), ("NEWLINE", r"\n"), ("SKIP", r"[ \t]+"), ("STRING", r'"(?:[^"\\]|\\.)*"'), ("MISMATCH", r".")]
KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN", "print", "while", "do", "end"}
tok_re = re.compile("|".join("(?P<%s>%s)" % p for p in SPEC))
def tokenize(code):
    line_num = 1; line_start = 0
    for mo in tok_re.finditer(code):
        kind = mo.lastgroup; value = mo.group(); column = mo.start() - line_start
        if kind == "NUMBER": value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS: kind = value.upper()
        elif kind == "NEWLINE": line_start = mo.end(); line_num += 1; continue
        elif kind == "SKIP": continue
        elif kind == "MISMATCH": raise RuntimeError(f"{value!r} unexpected on line {line_num}")
        yield Token(kind, value, line_num, column)
prog = '''x := 10;
y := x * (3 + 4.5) / 2;
while x > 0 do x := x - 3; end
print "done\\n";'''
for t in tokenize(prog): print(t)
try: list(tokenize("a := 3 $ 4"))
except RuntimeError as e: print(e)
class Parser:
    def __init__(self, text):
        self.toks = re.findall(r"\s*(\d+\.?\d*|\*\*|[-+*/%()^])", text)
        self.pos = 0
    def peek(self): return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self, exp=None):
        t = self.peek()
        if exp is not None and t != exp: raise SyntaxError(f"expected {exp!r}, got {t!r}")
        self.pos += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.take(); r = self.term(); v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take(); r = self.factor()
            v = {"*": operator.mul, "/": operator.truediv, "%": operator.mod}[op](v, r)
        return v
    def factor(self):
        b = self.unary()
        if self.peek() in ("**", "^"):
            self.take(); return b ** self.factor()
        return b
    def unary(self):
        if self.peek() == "-": self.take(); return -self.unary()
        if self.peek() == "(":
            self.take(); v = self.expr(); self.take(")"); return v
        t = self.take()
        if t is None: raise SyntaxError("unexpected end")
        return float(t) if "." in t else int(t)
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5", "((2))", "2 * (3 + ", "1 / 0", "3 +* 4"]:
    try: print(f"{e!r:>14} = {Parser(e).expr()!r}")
    except (SyntaxError, ZeroDivisionError, ValueError, TypeError) as ex: print(f"{e!r:>14} ! {type(ex).__name__}: {ex}")
class VM:
    def __init__(self): self.stack = []; self.vars = {}; self.out = []
    def run(self, code):
        pc = 0; lines = [l.split() for l in code.strip().splitlines()]
        labels = {l[0][:-1]: i for i, l in enumerate(lines) if l and l[0].endswith(":")}
        steps = 0
        while pc < len(lines):
            steps += 1
            if steps > 10000: raise RuntimeError("too many steps")
            ins = lines[pc]; pc += 1
            if not ins or ins[0].endswith(":"): continue
            op, *args = ins
            match op:
                case "push": self.stack.append(int(args[0]))
                case "load": self.stack.append(self.vars[args[0]])
                case "store": self.vars[args[0]] = self.stack.pop()
                case "add" | "sub" | "mul":
                    b, a = self.stack.pop(), self.stack.pop()
                    self.stack.append({"add": a + b, "sub": a - b, "mul": a * b}[op])
                case "jz":
                    if self.stack.pop() == 0: pc = labels[args[0]]
                case "jmp": pc = labels[args[0]]
                case "print": self.out.append(self.stack.pop())
                case _: raise ValueError(f"bad instruction {op!r} at {pc}")
        return self.out
print(VM().run("""
push 5
store n
push 1
store acc
loop:
load n
jz end
load acc
load n
mul
store acc
load n
push 1
sub
store n
jmp loop
end:
load acc
print
"""))
try: VM().run("push 1\nfoo")
except ValueError as e: print(e)
try: VM().run("load q")
except KeyError as e: print("KeyError", e)
class TrafficLight:
    transitions = {"red": ("green", 30), "green": ("yellow", 25), "yellow": ("red", 5)}
    def __init__(self): self.state = "red"; self.t = 0
    def step(self):
        nxt, dur = self.transitions[self.state]; self.t += dur; self.state = nxt; return self
    def __repr__(self): return f"<Light {self.state} @t={self.t}>"
tl = TrafficLight(); print([repr(tl.step()) for _ in range(5)])
