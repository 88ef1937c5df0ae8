class A: pass
for setup in ["x = A()", "x = None", "x = 5", "x = 2.5", "x = {}", "x = {1}", "x = range(2)", "x = 1j", "x = object()"]:
    for op in ["x *= [1, 2]", "x = x * [1, 2]", "x = [1, 2] * x", "x *= 'ab'", "x += [1]", "x = x + [1]"]:
        try:
            exec(setup + "\n" + op)
            print(setup, op, "->", x)
        except Exception as e:
            print(setup, op, "->", type(e).__name__, e)
class I(int): pass
import types
for x in [{}.values(), {}.keys(), {}.items(), types.MappingProxyType({}), iter([]), A(), A, len, (x for x in []), NotImplemented, Ellipsis, slice(1), property(), memoryview(b''), 3, True]:
    y = x
    try:
        y *= [1]
        print(type(x).__name__, 'ok', y)
    except Exception as e:
        print(type(x).__name__, e)
    try:
        print(type(x).__name__, 'ok', x * [1])
    except Exception as e:
        print(type(x).__name__, e)
