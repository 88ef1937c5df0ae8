import tokenize, io, token, keyword
src = '''def f(a, b=2, *args, **kw):
    """doc"""
    x = a + b * 3.5e-2 - 0x1F  # comment
    if x >= 10 and not kw:
        return [i ** 2 for i in range(x)]
    s = f"val {x!r:>10}" + r'raw\\n' + b'bytes'.decode()
    return x; y @= 1
class C: pass
'''
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
print(tokenize.untokenize([(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO('x=1+2\n').readline)]))
try:
    list(tokenize.generate_tokens(io.StringIO('x = (1,\n').readline))
except Exception as e:
    print(type(e).__name__, e)
try:
    list(tokenize.generate_tokens(io.StringIO('s = "abc\n').readline))
except Exception as e:
    print(type(e).__name__, e)
print(keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.softkwlist)
toks = list(tokenize.tokenize(io.BytesIO(b'# -*- coding: utf-8 -*-\nx = 1\n').readline))
print([(token.tok_name[t.type], t.string) for t in toks])
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx=1\n').readline))
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.EXACT_TYPE_NAMES if hasattr(token, 'EXACT_TYPE_NAMES') else '', token.OP, token.NT_OFFSET)
for t in tokenize.generate_tokens(io.StringIO('a<<=b//=c->d:=e...!=f\n').readline):
    print(token.tok_name[t.exact_type], t.string, end=' | ')
print()
