import re, string, json
from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us..."""
words = re.findall(r"[a-z']+", text.lower())
c = Counter(words)
print(len(words), len(c))
print(c.most_common(5))
for w, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    print(f"{w:>12} {n:3d} {'*' * n}")
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(sorted(letters.items())[:6], letters['e'], letters['z'])
print(c['was'] , (c + Counter(was=1))['was'], c - Counter(was=100), Counter('aab') & Counter('abb'), Counter('aab') | Counter('abb'))
print(Counter(a=3, b=-1), +Counter(a=3, b=-1), -Counter(a=3, b=-1), Counter(a=1).total())
print(list(Counter('abracadabra').elements()), Counter('abracadabra').most_common()[-2:])
cc = Counter(); cc.update("hello"); cc.subtract("lol"); print(cc)
print(repr(Counter()), Counter({'x': 0}) == Counter(), Counter('ab') < Counter('aab'))
sentences = re.split(r'(?<=[.!?])\s+', "Hello there! How are you? I'm fine. Thanks.")
print(sentences)
print(string.capwords("hello   world-wide web"), "hello world".title(), "they're bill's".title())
tbl = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(tbl), tbl)
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isupper(): out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower(): out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else: out.append(ch)
    return ''.join(out)
enc = caesar("The Quick Brown Fox Jumps Over The Lazy Dog!", 13)
print(enc, caesar(enc, -13))
def vigenere(s, key, dec=False):
    key = [ord(k) - 65 for k in key.upper()]
    s = [ch for ch in s.upper() if ch.isalpha()]
    sign = -1 if dec else 1
    return ''.join(chr((ord(ch) - 65 + sign * key[i % len(key)]) % 26 + 65) for i, ch in enumerate(s))
v = vigenere("Beware the Jabberwock, my son!", "VIGENERECIPHER"); print(v, vigenere(v, "VIGENERECIPHER", True))
def rle(s):
    return ''.join(f"{len(m.group(0))}{m.group(1)}" for m in re.finditer(r'(.)\1*', s))
def unrle(s):
    return ''.join(ch * int(n) for n, ch in re.findall(r'(\d+)(\D)', s))
r = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(r, unrle(r) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
from itertools import groupby
print([(k, len(list(g))) for k, g in groupby("aaabccddd")])
def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
for a, b in [("kitten", "sitting"), ("rosettacode", "raisethysword"), ("", "abc"), ("flaw", "lawn")]:
    print(f"lev({a!r}, {b!r}) = {lev(a, b)}")
data = {"name": "Ünïcode ☃", "list": [1, 2.5, None, True, False], "nested": {"a": [], "b": {}}, "big": 10**20, "f": 1e-7, "neg": -0.0}
s = json.dumps(data); print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == data, json.dumps(data, separators=(',', ':'))[:40])
print(json.loads('[1e400, -1e400, "\\ud83d\\ude00", 1.0, 12345678901234567890]'))
print(json.dumps(float('nan')), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
for bad in ['{"a": 1,}', '[1, 2', 'nul', '{"a" 1}', '', '"abc', '[1] x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(object)
except TypeError as e:
    print(e)
try:
    json.dumps(float('inf'), allow_nan=False)
except ValueError as e:
    print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j}, cls=Enc))
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=str, object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "x": 2}'), json.loads('  [ ]  '), json.loads('"\\u00e9\\n"'))
print(json.dumps("é\n\t\x00\u2028"), json.dumps([[]], indent=4), json.dumps({}, indent=2), json.dumps([1,[2]], indent='\t'))
