# Behaviour of the bytes and bytearray methods over a range of inputs.
samples = [b"", b"a", b"abc", b"  hello  world  ", b"a,b,,c,", b",", b"\t x\ny \r\n z\x0b\x0c\x1c ", b"\x00\xff\x80",
           b"Mixed Case TEXT", b"aaaa", b"abab", b"they're bill's", b"-42", b"+7", b"tab\there\n\tx"]

for kind in (bytes, bytearray):
    print(kind.__name__)
    for s0 in samples:
        s = kind(s0)
        print(repr(s))
        print(" split", s.split(), s.split(None, 1), s.split(b" "), s.split(b",", 2), s.split(b"a"), s.split(bytearray(b"ab"), -1))
        print(" rsplit", s.rsplit(), s.rsplit(None, 1), s.rsplit(b" ", 1), s.rsplit(b",", 2), s.rsplit(b"a", 0))
        print(" strip", s.strip(), s.lstrip(), s.rstrip(), s.strip(b"a "), s.rstrip(memoryview(b"\x80\xff")))
        print(" find", s.find(b"a"), s.rfind(b"a"), s.find(b""), s.rfind(b""), s.find(97, 1), s.find(b"a", -3, -1), s.find(b"", 100),
              s.index(b"") if True else 0, s.count(b"a"), s.count(b""), s.count(97), s.count(b"", 2, 4), s.count(b"ab"))
        print(" starts", s.startswith(b"a"), s.startswith((b"x", b"h", b" ")), s.endswith(b""), s.startswith(b"", len(s) + 1),
              s.endswith(b"c", 0, 3), s.endswith((b"z", bytearray(b","))), s.startswith(b"b", 1))
        print(" replace", s.replace(b"a", b"XY"), s.replace(b"", b"-"), s.replace(b"", b"-", 2), s.replace(b"a", b"", 1), s.replace(b"ab", b"ba", 0))
        print(" part", s.partition(b" "), s.rpartition(b" "), s.partition(b"a"), s.rpartition(b"zz"))
        print(" pad", s.center(20), s.center(21, b"*"), s.ljust(18, bytearray(b"-")), s.rjust(19), s.zfill(20), s.center(2))
        print(" lines", s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
        print(" tabs", s.expandtabs(), s.expandtabs(3), s.expandtabs(0), s.expandtabs(tabsize=1))
        print(" case", s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
        print(" is", s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii())
        print(" misc", s.removeprefix(b"a"), s.removesuffix(b","), s.hex(), s.hex("-"), s.hex(":", 2), s.hex(b"|", -3), len(s),
              s.translate(None, b"a "), s.translate(bytes.maketrans(b"abc", b"xyz")), s.decode("latin-1"), list(s)[:4])
        print(" ops", s + b"!", b"!" + s, s * 2, 2 * s, s[1:], s[::-1], s[::2], s[-1:] if s else s, b"a" in s, 97 in s, s == s0, s < b"b")

print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b", ").join([]), b"".join((b"x",)), b"ab".join([b"1", b"2", b"3"]))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex(""), bytes.fromhex("0A0b"), bytes(3), bytes([1, 2, 255]), bytes(range(5)), bytes((x for x in b"ab")))
print(bytes(b"x"), bytes(bytearray(b"yz")), bytes(memoryview(b"q")), bytes("é", "utf-8"), bytearray("é", "latin-1"), bytearray(2), bytearray([3, 4]))


class B:
    def __bytes__(self):
        return b"from-dunder"


class Idx:
    def __index__(self):
        return 3


print(bytes(B()), bytes(Idx()), bytearray(Idx()), b"%s|%b|%5s|%-5s|%.2s" % (b"ab", bytearray(b"cd"), b"x", b"y", b"long"), b"%d %x %o %c %c %r %a %%" % (5, 255, 8, 65, b"Z", b"q", "é"))
print(b"%(k)s" % {b"k": b"v"}, b"%5.1f|%-6d|%+i|%05d|%#x" % (2.25, 3, 4, -5, 255), bytearray(b"%s") % b"x", b"%s" % B())

ba = bytearray(b"hello")
ba.append(33); ba.extend(b" wo"); ba.extend([114, 108]); ba.extend(bytearray(b"d")); ba.insert(0, 62); ba.insert(-1, 95); ba.insert(100, 60)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), len(ba))
ba.remove(108); ba.reverse(); print(ba); ba.reverse()
c = ba.copy(); c[0] = 72; c[1:3] = b"EL"; c[-1:] = [33, 33]; c[::2] = bytes(len(c[::2])); print(ba, c)
del c[0]; del c[::3]; del c[1:3]; print(c)
c += b"++"; c *= 2; print(c); c.clear(); print(c, len(c))
d = bytearray(b"abcdef"); d[1:4] = b""; d[0:0] = b"XY"; d[len(d):] = memoryview(b"END"); d[2:3] = [1, 2, 3]; print(d)
e = bytearray(b"0123456789"); e[::-2] = b"abcde"; print(e, e[2], e[-1], e[3:7], e[7:3:-1], bytes(e))
print(hash(b"abc") == hash(b"abc"), b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"b" > bytearray(b"a"), bytearray(b"x") == memoryview(b"x"))
print(b"abc".__getnewargs__(), bytearray(b"ab").__getnewargs__() if hasattr(bytearray, "__getnewargs__") else "-", b"q".__bytes__(), b"abc".__sizeof__(), bytearray().__sizeof__())


class SB(bytes):
    pass


class SBA(bytearray):
    pass


x = SB(b"hey")
print(type(x).__name__, x, repr(x), type(x + b"!").__name__, type(x[1:]).__name__, type(x.upper()).__name__, type(x.strip()).__name__, type(SB.fromhex("61")).__name__)
y = SBA(b"hey")
print(type(y).__name__, y, type(y + b"!").__name__, type(y[1:]).__name__, type(y.upper()).__name__, type(SBA.fromhex("61")).__name__, type(bytes(y)).__name__)
