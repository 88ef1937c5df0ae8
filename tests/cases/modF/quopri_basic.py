import io
import quopri
import random

samples = [b"", b"hello world", b"a=b", b"caf\xc3\xa9", b"tab\tend\t", b"space at end \nnext",
           b"trailing space ", b".\nstart dot", b".", b"x.\n.", b"under_score here",
           b"ctrl\x01\x7f\x80\xff", b"line1\r\nline2 \r\nline3", b"bare\rcr",
           b"a" * 200, b"b" * 75 + b"\n" + b"c" * 76 + b"\n" + b"d" * 77,
           b"=" * 40, b"z" * 74 + b"=", b"\t" * 30, b"word " * 30, b"\x00nul"]
for s in samples:
    for qt in (False, True):
        for hd in (False, True):
            enc = quopri.encodestring(s, quotetabs=qt, header=hd)
            dec = quopri.decodestring(enc, header=hd)
            print(qt, hd, enc, dec == s)

rng = random.Random(5)
ok = 0
for _ in range(200):
    s = bytes(rng.choice(b"ab =\t\n\r._\x00\xff") for _ in range(rng.randrange(0, 120)))
    ok += quopri.decodestring(quopri.encodestring(s)) == s
print("roundtrips", ok)
all_enc = b"".join(quopri.encodestring(bytes(rng.choice(b"ab =\t\n._\xff") for _ in range(90)), quotetabs=rng.random() < 0.5) for _ in range(50))
print(len(all_enc), sum(all_enc) % 99991)

for d in [b"=41=42", b"=4", b"=", b"a=\nb", b"a=\r\nb", b"a=  \nb", b"=zz", b"==41", b"a_b", b"=c3=A9", b"soft=\r"]:
    print(d, quopri.decodestring(d), quopri.decodestring(d, header=True))

src = io.BytesIO(b"Fran\xc3\xa7ais = fun\t\nnext line")
dst = io.BytesIO()
quopri.encode(src, dst, quotetabs=False)
print(dst.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue())
dst = io.BytesIO()
quopri.encode(io.BytesIO(b"Subject here_x"), dst, quotetabs=True, header=True)
print(dst.getvalue())
print(quopri.needsquoting(b"=", False, False), quopri.needsquoting(b" ", True, False),
      quopri.needsquoting(b"_", False, True), quopri.needsquoting(b"a", False, False))
print(quopri.quote(b"="), quopri.quote(b"\xff"), quopri.ishex(b"a"), quopri.ishex(b"g"),
      quopri.unhex(b"fF"), quopri.unhex(b"10"))
