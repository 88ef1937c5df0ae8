import io
import tokenize

def dump(src):
    print("---", repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(" ", tok.type, tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end, repr(tok.line))
    except (tokenize.TokenError, IndentationError) as e:
        print("  ", type(e).__name__, e.args)

dump("")
dump("x")
dump("x = 1")
dump("# only comment")
dump("# only comment\n")
dump("\n\n\n")
dump("   \n")
dump("if x:\n    y\n")
dump("if x:\n    y")
dump("if x:\n    if y:\n        z\nw\n")
dump("if x:\n        y\n    z\n")
dump("s = '''abc\ndef\nghi''' + x\n")
dump("s = '''never closed\nmore\n")
dump("s = 'unterminated\nx = 1\n")
dump("s = 'cont \\\nstring'\n")
dump("s = 'cont \\\nno end\n")
dump("(1,\n 2\n")
dump("x = $ 3\n")
dump("x = \\ y\n")
dump("a = 1 ? 2\n")
dump("0xg 1e 1_ 1__0 012 0_0 1.e5 1E+5j\n")
dump("x\r\ny\r\n")
dump("f(**{'a': 1})\n")
dump("print('a' 'b' u'c' U'd' BR'e' fR'f')\n")
dump("  \tx\n")
dump("x = 'a'  \\\n  'b'\n")
dump("\f\nx\n")
dump("def f():\n    pass\n  # odd comment\n")
dump("é = ñ + 名字\n")
dump('x = """\n"""\n')
dump("if a:\n  b\n\n  c\n")
dump("async def f():\n    await x\n")
