# One call site, many receivers: the method cache of LoadMethod must follow the receiver's
# type (builtin types, subclasses with overrides, instances with their own attribute).
import collections


class MyList(list):
    def count(self, x):
        return 'overridden'


class Holder:
    def count(self, x):
        return 'holder'


h = Holder()
h2 = Holder()
h2.count = lambda x: 'instance attribute'
receivers = [[1, 2, 1], 'abca', (1, 1, 1), b'aab', MyList([1]), bytearray(b'a'), h, h2,
             collections.deque([1, 1]), [1], 'a', range(3)]
for _ in range(3):
    out = []
    for r in receivers:
        arg = 1 if not isinstance(r, (str, bytes, bytearray)) else r[:1]
        out.append(r.count(arg))
    print(out)

d = collections.deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, d.pop(), d.popleft())
s = []
for word in 'a b c'.split():
    s.append(word.upper())
    s.append(word.join('xy'))
print(s)
