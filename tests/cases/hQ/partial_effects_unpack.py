def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def gen(n, bad=None):
    for i in range(n):
        if i == bad:
            raise RuntimeError("boom at %d" % i)
        yield i
l = [9]
t(lambda: l.extend(gen(5, 3)))
t(lambda: l)
d = {}
t(lambda: d.update(((i, i) for i in gen(5, 2))))
t(lambda: d)
s = set()
t(lambda: s.update(gen(5, 4)))
t(lambda: sorted(s))
ba = bytearray()
t(lambda: ba.extend(gen(5, 2)))
t(lambda: ba)
t(lambda: bytes(gen(5, 1)))
t(lambda: bytearray([1, 2, 300]))
ba2 = bytearray(b"x")
t(lambda: ba2.extend([1, 2, 300]))
t(lambda: ba2)
t(lambda: ",".join(str(i) for i in gen(5, 3)))
t(lambda: list(gen(3, 0)))
t(lambda: tuple(gen(3, 2)))
t(lambda: dict.fromkeys(gen(4, 3)))
t(lambda: sum(gen(4, 3)))
t(lambda: max(gen(4, 3)))
t(lambda: any(gen(4, 3)))
t(lambda: any(gen(4, 1)))
t(lambda: all(gen(4, 0)))
t(lambda: [x for x in gen(4, 3)])
l2 = [0, 1, 2, 3, 4]
def sa():
    l2[1:3] = gen(5, 4)
t(sa)
t(lambda: l2)
def sa2():
    l2[1:3] = gen(3)
t(sa2)
t(lambda: l2)
t(lambda: list(zip(gen(3), gen(5, 4))))
t(lambda: list(map(lambda x: 1 / (x - 2), gen(4))))
t(lambda: list(enumerate(gen(4, 2))))
t(lambda: set(gen(3, 2)))
t(lambda: frozenset(gen(3, 2)))
def unpack():
    a, b, c = gen(5)
t(unpack)
def unpack2():
    a, b, c = gen(2)
t(unpack2)
def unpack3():
    a, *b = gen(0)
t(unpack3)
def unpack4():
    a, *b, c = [1]
t(unpack4)
def unpack5():
    a, b = 1
t(unpack5)
def unpack6():
    a, b = {1: 2, 3: 4}
    return a, b
t(unpack6)
def unpack7():
    (a, b), c = "ab", 3
    return a, b, c
t(unpack7)
def unpack8():
    a, b = "abc"
t(unpack8)
def unpack9():
    [a, [b, *c]] = [1, "xyz"]
    return a, b, c
t(unpack9)
def unpack10():
    *a, = range(3)
    return a
t(unpack10)
def unpack11():
    a, *b, c, d = range(2)
t(unpack11)
l3 = [1]
def ia():
    global l3
    l3 += gen(4, 2)
t(ia)
t(lambda: l3)
l4 = [1, 2]
l4.extend(l4)
l4 += l4
t(lambda: l4)
l5 = [1]
t(lambda: l5.extend(iter(range(3))) or l5)
t(lambda: l5.extend({5: 6}) or l5)
t(lambda: l5.extend("ab") or l5)
t(lambda: l5.extend(5))
