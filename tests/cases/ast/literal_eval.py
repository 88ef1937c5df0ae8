import ast

good = ["1", "-1", "+1.5", "1+2j", "-1-2j", "3j", "'abc'", "b'x'", "u'u'", "None", "True",
        "False", "(1, 2)", "()", "(1,)", "[1, [2, 3]]", "{1: 'a', 'b': [2]}", "{1, 2}",
        "set()", "  \t 42", "...", "'a' 'b'", "0x1f", "1_000", "1e3", "{}", "[]",
        "(-1, +2, 3.5e-1)", "{'nested': {'d': (1, {2})}}", "10**0" if False else "7",
        "'\\n\\x41\\u0042'", "r'\\n'", "-0.0", "2-3j", "1.5+0j"]
for src in good:
    v = ast.literal_eval(src)
    print(repr(src), '->', repr(v), type(v).__name__)


def err(src):
    try:
        print(repr(src), '->', ast.literal_eval(src))
    except Exception as e:
        msg = str(e)
        if ' object at 0x' in msg:
            msg = msg.split(' object at 0x')[0] + ' object>'
        print(repr(src) if isinstance(src, str) else type(src).__name__, type(e).__name__, msg)


for src in ["x", "1+x", "f()", "[1, x]", "1 + 2", "1 * 2", "-'a'", "(1)(2)", "{**a}",
            "lambda: 0", "1 if 2 else 3", "a.b", "'a' + 'b'", "set([1])", "1+2+3j",
            "1j+2", "--1", "not 1", "-(1+2j)", "x\n", "\n\nx", "[\n1,\ny]", "1 2", "",
            " 1", "\t1", "1;2", "import os", "(", "1 +"]:
    err(src)

print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.parse('{"a": 1}', mode='eval').body))
err(ast.parse('x = 1'))
