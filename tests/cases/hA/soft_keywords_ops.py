match = [1, 2]
case = 3
_ = 4
type = "shadow"
print(match, case, _, type)
match[0] = 5
print(match)
match (case):
    case 3:
        print("case 3")
del type
print(type(1))
class T:
    def __getitem__(self, k): return k
t = T()
print(t[1:2, ...], t[::], t[:, None], t[()], t[1,], t[*[1, 2]], t[*[1], 2])
a, b = [1, 2], (3,)
print(*a, *b, sep=",")
print([*a, *b], (*a, *b), {*a, *b}, {**{"x": 1}, "y": 2})
def f(*args): return args
print(f(*a, 0, *b), f(*(), *[]))
x = 1 if True else 2 if False else 3
print(x, [i for i in range(10) if i % 2 if i % 3], [(i, j) for i in range(3) if i for j in range(i)])
print(not not 1, type(lambda: (yield)).__name__, (lambda *, k=1: k)(), (lambda a, /, b: a + b)(1, b=2))
print(... is Ellipsis, Ellipsis, type(...).__name__, NotImplemented, type(NotImplemented).__name__)
print(__name__, __doc__, __debug__, type(__builtins__).__name__)
if __debug__:
    print("debug on")
assert True, "never"
print(0 or False or "" or None, 1 and "a" and [0], [] and 5)
print(f"{'a' if x else 'b'}", f"{x!r}" f"{x!s}", f"{x}" "lit" f"{x}")
print((1, 2) < (1, 3) < (2,), "abc" < "abd", [1, 2] == [1, 2.0], (1,) == [1], {1, 2} < {1, 2, 3}, {1} <= {1})
print(1 in [1] in [[1]], 2 not in [1] == True, (not 1) is False)
i = 5
i += i * 2 if i else 0
print(i)
s = "x"; s *= 3; s += "y"; print(s)
l = [1]; l *= 2; l += (3,); l += "ab"; print(l)
n = 10; n //= 3; n **= 2; n %= 5; n <<= 3; n >>= 1; n |= 1; n &= 7; n ^= 2; n -= 1; print(n)
fl = 7.0; fl /= 2; fl //= 1; print(fl)
m = {"a": 1}; m |= {"b": 2}; print(m)
st = {1}; st |= {2}; st &= {2, 3}; st ^= {5}; st -= {5}; print(st)
print(0b1010 & 0o17 | 0x10 ^ 3, ~0, -~0, 5 // -2, -5 // 2, 5 % -2, -5 % 2, 2 ** -2, (-2) ** 3, -2 ** 0.5 if False else 0)
print(divmod(-7, -2), divmod(7, -2), -7 // 2.0, 7 % -2.5, float("-inf") // 1 if False else 0)
print(round(-2.5), round(0.5), round(1.5), round(-1.5), int(-0.9), int(0.9), -0.0 == 0.0, str(-0.0))
print(1_000_000 // 7, 10 ** -1, 10 ** 0, 0 ** 0.0, 1e1000 if False else 1e308, 2 ** 100 % 7, pow(-3, 3, 5))
print(3 > 2 > 1 == 1 != 0, 1 < 2 > 0 < 5, (3 > 2) > 1)
val = [0] * 3
val[0], val[1] = val[1] + 1, val[0] + 2
print(val)
def g(): return 1, 2
q, r = g(); print(q, r)
print(*g())
w = (yield_ := 5); print(w, yield_)
print([y := 10, y ** 2])
print((z := [1, 2, 3])[1], z)
def h(x, *, y=(lambda: 3)()): return x + y
print(h(1))
nums = [3, 1, 2]
print(sorted(nums, key=lambda n: -n), nums.sort() or nums)
global_var = 1
def uses_global():
    global global_var, new_global
    global_var += 1
    new_global = "created"
uses_global(); print(global_var, new_global)
print(chr(0x41) + "\x42" + "\103" + "\u0044" + "\U00000045" + "\N{LATIN CAPITAL LETTER F}")
print(len(""""'"'"'"""), '''a'b"c''', "\"", '\'', "\\n", r"\\", b"\x41\101")
print(u"unicode prefix", U"UP", R"raw\n", Rb"rawbytes\n", BR"x")
