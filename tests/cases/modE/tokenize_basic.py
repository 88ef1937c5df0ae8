import io
import tokenize
import token

src = '''# leading comment
import os, sys  # trailing
def f(a, b=2, *args, **kw) -> int:
    """Doc
    string."""
    x = a + b * 3.5e-2 - 0x1F + 0b101 + 0o17 + 1_000 + 1j + .5 + 5.
    if x >= 10 and x != 3:
        return x ** 2 // 3
    elif (x
          <= 2):
        pass

    s = r'raw\\n' + b"bytes" + f"{x!r:>10}" + Rb'x' + 'it\\'s'
    y = [1,
         2,  # in brackets
         3]
    z = {'k': ...}
    z @= y; x -= 1; x <<= 2; x >>= 1; x **= 2; x //= 3; x |= 1; x ^= 2; x &= 3
    w = lambda: (yield)
    t = x if x else y
    u := 5
    return a.b[c]
class C:
	def tabbed(self):
		return 1
x = 1 + \\
    2
'''
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tok)
    if tok.type == token.OP:
        print("   exact:", token.tok_name[tok.exact_type])
print(tokenize.TokenInfo(1, "x", (1, 0), (1, 1), "x\n"))
t = tokenize.TokenInfo(token.OP, "**=", (1, 0), (1, 3), "")
print(t.exact_type, t.type, t._fields, t[1], tuple(t))
print(tokenize.TokenInfo(token.OP, "?", (1, 0), (1, 1), "").exact_type)
