# Module-level API of json and its submodules, round trips of generated documents.
import json
import json.decoder
import json.encoder
import json.scanner


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(json.__all__, json.__version__)
print(sorted(n for n in dir(json) if not n.startswith('_') and n not in ('decoder', 'encoder', 'scanner', 'codecs')))
print(json.JSONDecoder.__module__, json.JSONEncoder.__module__)

scanstring = json.decoder.scanstring
show(lambda: scanstring('"hello" rest', 1))
show(lambda: scanstring('xx"a\\nb\\u00e9"yy', 3))
show(lambda: scanstring('"\u00e9\u00e9"', 1))
show(lambda: scanstring('"abc', 1))
show(lambda: scanstring('"a\tb"', 1))
show(lambda: scanstring('"a\tb"', 1, False))
show(lambda: scanstring('"a"', 5))
show(lambda: scanstring('"a"', -1))
show(lambda: scanstring(b'"a"', 1))
show(lambda: scanstring('"a"', 3))

ea = json.encoder.encode_basestring_ascii
eb = json.encoder.encode_basestring
for s in ['', 'abc', 'a"b', 'tab\there', '\u00e9\U0001f600', '\x7f', '\u2028\u2029']:
    print(ea(s), eb(s))
show(lambda: ea(5))
show(lambda: eb(None))
print(json.encoder.c_encode_basestring_ascii is not None, json.encoder.INFINITY)

dec = json.JSONDecoder(parse_int=float)
scan = json.scanner.make_scanner(dec)
show(lambda: scan('[1, 2]', 0))
show(lambda: scan('  7', 2))
show(lambda: scan('  7', 0))
show(lambda: scan('"x"', 0))
show(lambda: scan(5, 0))
show(lambda: scan('1', -2))

# Round trips of a generated document.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


def gen(depth):
    k = rnd(9 if depth < 4 else 6)
    if k == 0:
        return None
    if k == 1:
        return rnd(2) == 0
    if k == 2:
        return rnd(2**40) - 2**39
    if k == 3:
        return (rnd(10**6) - 5 * 10**5) / (rnd(999) + 1)
    if k == 4:
        return ''.join(chr(rnd(0x3000) + 1) if rnd(4) == 0 else chr(rnd(95) + 32) for _ in range(rnd(12)))
    if k == 5:
        return 'key%d' % rnd(50)
    if k in (6, 7):
        return [gen(depth + 1) for _ in range(rnd(6))]
    return {('k%d' % rnd(20)): gen(depth + 1) for _ in range(rnd(6))}


docs = [gen(0) for _ in range(60)]
ok = 0
for d in docs:
    for kw in ({}, {'ensure_ascii': False}, {'indent': 2}, {'sort_keys': True, 'separators': (',', ':')}):
        s = json.dumps(d, **kw)
        if json.loads(s) == d and json.dumps(json.loads(s), **kw) == s:
            ok += 1
print('round trips', ok, 'of', len(docs) * 4)
big = json.dumps(docs, sort_keys=True)
print(len(big), big[:300])
print(json.dumps(docs[:5], ensure_ascii=False, indent=1)[:400])

rows = [{'id': i, 'name': 'item%d' % i, 'tags': ['a', 'b'], 'ok': i % 2 == 0, 'v': i / 8}
        for i in range(2000)]
text = json.dumps(rows)
back = json.loads(text)
print(len(text), back == rows, back[-1], text[-90:])
