from collections import deque
d = deque(range(6))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(13); print(d)
e = deque([]); e.rotate(5); print(e)
b = deque("abc", maxlen=3); b.append("d"); print(b, b.maxlen); b.appendleft("z"); print(b)
b.extend("xy"); print(b); b.extendleft("12"); print(b)
print(deque(maxlen=0), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque("ab") + deque("c"))
d = deque([1, 2, 3, 2]); print(d.count(2), d.index(2), d.index(2, 2), d[-1], d[0])
d.remove(2); print(d); d.insert(1, "i"); print(d); d.reverse(); print(d, d.pop(), d.popleft(), d)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(5), lambda: deque([1])[5], lambda: deque(maxlen=-1), lambda: deque([1]).index(9)):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
d = deque(range(3), 2); print(repr(d), d * 2, len(d))
d2 = d.copy(); d2.clear(); print(d, d2, 1 in d)
dd = deque([1, 2]); del dd[0]; dd[0] = 9; print(dd)
try:
    bm = deque([1], maxlen=1); bm.insert(0, 2)
except IndexError as ex:
    print(ex)
