async def ag():
    x = yield 1
    print("x", x)
    yield 2

a = ag()
try:
    a.asend("v").send(None)
except TypeError as e:
    print("asend value:", e)
b = ag()
s = b.asend(None)
try:
    s.send("non-none")
except TypeError as e:
    print("send value:", e)

c = ag()
step = c.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first value", e.value)
for _ in range(2):
    try:
        step.send(None)
    except RuntimeError as e:
        print(e)
t = c.athrow(ValueError)
t.close()
try:
    t.send(None)
except RuntimeError as e:
    print(e)
u = c.__anext__()
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("thrown", repr(e))
try:
    u.send(None)
except RuntimeError as e:
    print(e)
d = ag()
nx = d.asend(None)
next(nx, None) if False else None
try:
    nx.__next__()
except StopIteration as e:
    print("__next__", e.value)
s2 = d.asend("sent-later")
try:
    s2.send(None)
except StopIteration as e:
    print("second", e.value)
d.__name__ = "renamed"
print(d.__name__, d.__qualname__)
try:
    d.__name__ = 3
except TypeError as e:
    print(e)
