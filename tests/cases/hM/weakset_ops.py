import weakref
class O: pass
a, b = O(), O()
ws = weakref.WeakSet([a])
for f in [lambda: ws.union(None), lambda: ws | None, lambda: ws.union(5), lambda: ws | [b], lambda: ws.intersection(None), lambda: ws.difference(None), lambda: ws.issubset(None)]:
    try: r = f(); print(type(r).__name__, len(r))
    except TypeError as e: print("TypeError", e)
print(len(ws.union([b])), len(ws | weakref.WeakSet([b])))
