# Tokens of every pair of these source fragments.
import io
import itertools
import tokenize

frags = ["x", "if a:\n", "    b\n", "\tc\n", "(", ")", "'s'", '"""t\n"""', "# c\n", "\\\n", "\n",
         "  \n", "1.5j", "0x_1", "'''", "é", "$", " ", "f'{x}'", "rb'\\''"]
for a, b in itertools.product(frags, repeat=2):
    src = a + b
    try:
        toks = [(tokenize.tok_name[t.type], t.string, t.start, t.end)
                for t in tokenize.generate_tokens(io.StringIO(src).readline)]
        print(repr(src), toks)
    except (tokenize.TokenError, IndentationError) as e:
        print(repr(src), type(e).__name__, e.args)
