# Python code called back from native code, nested close to the default recursion limit
# (1000): every level here re-enters the interpreter from Rust, which under wasm costs
# native stack; CPython reaches these depths, so must we.



class Seq:
    def __getitem__(self, n):
        return 0 if n == 0 else self[n - 1] + 1


class Fn:
    def __call__(self, n):
        return 0 if n == 0 else self(n - 1) + 1


class Prop:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        self.n -= 1
        return 0 if self.n == 0 else self.depth + 1


def via_map(n):
    return 0 if n == 0 else list(map(via_map, [n - 1]))[0] + 1


def gen(n):
    if n:
        yield from gen(n - 1)
    else:
        yield "bottom"


def via_genexp(n):
    return 0 if n == 0 else sum(via_genexp(n - 1) + 1 for _ in [0])


print(Seq()[950])
print(Fn()(450))
print(Prop(950).depth)
print(via_map(950))
print(list(gen(950)))
print(via_genexp(450))
# and past the limit: RecursionError, not a crash
for f, arg in ((Seq().__getitem__, 5000), (via_map, 5000), (lambda n: list(gen(n)), 5000)):
    try:
        f(arg)
    except RecursionError as e:
        print("RecursionError", e)
