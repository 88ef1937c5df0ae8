from dataclasses import dataclass
from typing import Union

@dataclass(frozen=True)
class Num:
    v: float
@dataclass(frozen=True)
class Var:
    name: str
@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"
@dataclass(frozen=True)
class Let:
    name: str
    value: "Expr"
    body: "Expr"

Expr = Union[Num, Var, BinOp, Let]

def ev(e, env):
    match e:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case BinOp("+", l, r):
            return ev(l, env) + ev(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return ev(l, env) * ev(r, env)
        case BinOp("/", l, r):
            d = ev(r, env)
            if d == 0:
                raise ZeroDivisionError("division by zero in expr")
            return ev(l, env) / d
        case BinOp(op, _, _):
            raise ValueError(f"bad op {op!r}")
        case Let(name, value, body):
            return ev(body, {**env, name: ev(value, env)})
        case other:
            raise TypeError(f"not an expr: {other!r}")

def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case _:
            return e

exprs = [
    Num(3),
    BinOp("+", Num(1), Num(2)),
    BinOp("*", Var("x"), BinOp("+", Num(0), Num(4))),
    Let("y", Num(10), BinOp("/", Var("y"), Num(4))),
    BinOp("/", Num(1), Num(0)),
    BinOp("%", Num(1), Num(2)),
    Var("zz"),
    "string",
    BinOp("*", Num(0), Var("undefined")),
]
for e in exprs:
    try:
        print(ev(e, {"x": 2}))
    except Exception as err:
        print(type(err).__name__, err)
print(simplify(BinOp("+", Num(0), BinOp("*", Num(1), Var("q")))))

def parse_cmd(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *other]:
            return f"can't go {' '.join(other) or 'nowhere'}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["drop", item, *rest] if not rest:
            return f"dropping {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for c in ["go north", "go up", "go", "pick up sword shield", "pick up", "drop x", "drop x y", "quit", "", "dance now"]:
    print(repr(c), "->", parse_cmd(c))
