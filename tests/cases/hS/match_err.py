class A:
    pass
class B:
    __match_args__ = ["x"]
    x = 1
class C:
    __match_args__ = ("x", "x")
    x = 1
class D:
    __match_args__ = (1,)
class E:
    __match_args__ = ("nope",)

def t(subject, f):
    try:
        print(f(subject))
    except Exception as e:
        print(type(e).__name__, e)

def m1(v):
    match v:
        case A(1):
            return "a1"
def m2(v):
    match v:
        case B(1):
            return "b1"
def m3(v):
    match v:
        case C(1, 2):
            return "c"
def m4(v):
    match v:
        case D(1):
            return "d"
def m5(v):
    match v:
        case E(1):
            return "e"
def m6(v):
    match v:
        case int(1, 2):
            return "int"
def m7(v):
    match v:
        case len():
            return "len"
def m8(v):
    match v:
        case A(x=1, **{}) if False:
            return 1
    return "none"
def m9(v):
    match v:
        case C(1, x=2):
            return "dup kw"
def m10(v):
    match v:
        case {"a": 1, "a": 2}:
            return "dup key"

t(A(), m1)
t(B(), m2)
t(C(), m3)
t(D(), m4)
t(E(), m5)
t(5, m6)
t(5, m7)
t(C(), m9)
try:
    exec("match x:\n case {'a': 1, 'a': 2}: pass")
except SyntaxError as e:
    print("SyntaxError", e.msg)
srcs = [
    "match x:\n case y: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case 1 | y: pass",
    "match x:\n case [a] | [b]: pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case A(x=1, x=2): pass",
    "match x:\n case f(): pass\n",
    "match x:\n case 1 + 1: pass",
    "match x:\n case -a: pass",
    "match x:\n case {**_}: pass",
    "match x:\n case a.b(): pass\n case _: pass",
    "match x:\n case (y): pass\n case 2: pass",
    "match x:\n case [y] as y: pass",
    "match x:\n case _ as _: pass",
    "match x:\n case {a: 1}: pass",
    "match x:\n case A(b=1, 2): pass",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
