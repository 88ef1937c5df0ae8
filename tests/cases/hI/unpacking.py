def attempt(label, fn):
    try: print(label, fn())
    except Exception as e: print(label, type(e).__name__, e)
def u1(): a, b = [1, 2, 3]; return a, b
def u2(): a, b, c = "ab"; return a
def u3(): a, *b = []; return a
def u4(): a, b = 5; return a
def u5(): (a, b), c = [1, 2], 3; return a, b, c
def u6(): (a, b), c = [1], 3; return a
def u7(): a, *b, c = range(2); return a, b, c
def u8(): a, *b, c = range(1); return a
def u9(): a, b = {"x": 1, "y": 2}; return a, b
def u10(): a, b = {"x": 1}.items(); return a
def u11(): [a, [b, *c]], d = (1, "xyz"), 4; return a, b, c, d
def u12(): a, b = (i for i in range(3)); return a
def u13(): *a, = "hey"; return a
def u14(): a, b = None; return a
def u15(): a, b, *c, d, e = range(4); return a
def u16(): a, = []; return a
def u17(): x = [0, 0]; x[0], x[1] = 1, 2; return x
def u18(): d = {}; d["a"], d["b"] = "AB"; return d
class O: pass
def u19(): o = O(); o.a, o.b = 1, 2; return o.a, o.b
def u20(): i = 0; l = [0, 0]; i, l[i] = 1, 9; return l
def u21(): a = b = c = [1]; return a is b is c
def u22(): a, b = b, a = 1, 2; return a, b
def u23(): first, *_, last = "abcdef"; return first, last, _
def u24(): return [*range(2), *{3: 4}, *"x"], (*[1], 2), {*(1, 1), 2}, {**{"a": 1}, "b": 2, **{"a": 3}}
def u25(): return print(*[], sep="-"), [*()]
def u26(): a, b = 1, 2, 3
def u27(): a, b, c, d = [1, 2]
def u28():
    def gen():
        yield 1
        yield 2
        yield 3
        print("gen continued")
    a, b = gen()
def u29(): a, *b = 1
def u30(): [] = []; () = (); return "empty targets ok"
def u31(): [] = [1]
def u32(): a, b = set([7, 7])
def u33():
    for a, b in [(1, 2), (3,)]:
        print("loop", a, b)
def u34(): return [(a, b) for a, *b in ["xy", "z", [1, 2, 3]]]
def u35(): return {k: v for k, v in ["ab", "cd"]}
def u36(): return dict([("a", 1), "bc", [3, 4]])
def u37(): return dict(["abc"])
def u38(): return dict([1])
for i in range(1, 39):
    attempt(f"u{i}", globals()[f"u{i}"])
