import io
import os
import tempfile
import tokenize

srcs = [
    "x = 1\n",
    "def f(a,  b):\n    return (a +\n            b)  # sum\n\nprint(f(1, 2))\n",
    "if x:\n    if y:\n        z = 'q'\n    w = 2\nelse:\n\tpass\n",
    "s = '''multi\nline'''\nt = 1 + \\\n    2\n",
    "class A:\n    def m(self):\n        pass\n\n    # comment\n    x = [1,\n         2]\n",
    "no_newline_at_end = 3",
]
for src in srcs:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    full = tokenize.untokenize(toks)
    print(repr(full), full == src)
    compat = tokenize.untokenize((t.type, t.string) for t in toks)
    print(repr(compat))
    again = [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(compat).readline)]
    print(again == [(t.type, t.string) for t in toks])

bsrc = "# -*- coding: latin-1 -*-\nname = 'caf\xe9'\n".encode("latin-1")
toks = list(tokenize.tokenize(io.BytesIO(bsrc).readline))
for t in toks:
    print(t)
out = tokenize.untokenize(toks)
print(type(out).__name__, out == bsrc)
print(tokenize.untokenize([(tokenize.ENCODING, "utf-8"), (tokenize.NAME, "x"), (tokenize.OP, "="),
                           (tokenize.NUMBER, "1"), (tokenize.STRING, "'a'"), (tokenize.STRING, "'b'")]))
try:
    tokenize.untokenize([tokenize.TokenInfo(1, "a", (2, 0), (2, 1), ""),
                         tokenize.TokenInfo(1, "b", (1, 0), (1, 1), "")])
except ValueError as e:
    print("ValueError", e)

def enc(data):
    try:
        return tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as e:
        return "SyntaxError: %s" % e

for data in [b"", b"x = 1\n", b"# coding: latin-1\nx\n", b"#!/usr/bin/python\n# -*- coding: utf_8 -*-\n",
             b"\n\n# coding: latin-1\n", b"\xef\xbb\xbfx = 1\n", b"\xef\xbb\xbf# coding: utf-8\n",
             b"\xef\xbb\xbf# coding: latin-1\n", b"# coding: bogus-enc\n", b"# vim: set fileencoding=utf-16 :\n",
             b"\xff\xfe\n", b"x\n# coding: latin-1\n", b"# coding=Latin_1-foo\n", b"  \t# coding: ascii\n"]:
    print(repr(data), enc(data))
print(list(tokenize.tokenize(io.BytesIO(b"\xef\xbb\xbfa\n").readline))[:2])
path = os.path.join(tempfile.mkdtemp(), "m.py")
with open(path, "wb") as f:
    f.write("# coding: latin-1\nv = '\xe9'\n".encode("latin-1"))
with tokenize.open(path) as f:
    print(f.encoding, repr(f.read()))
try:
    with open(path, "wb") as f:
        f.write(b"# coding: nope\n")
    tokenize.open(path)
except SyntaxError as e:
    print("SyntaxError", str(e).replace(path, "PATH"))
lines = iter(["a = (\n", "  1)\n"])
print([t.string for t in tokenize.generate_tokens(lambda: next(lines))])
