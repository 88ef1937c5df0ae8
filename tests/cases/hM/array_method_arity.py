from array import array
import io
a = array("i", [1, 2, 3])
names = ["append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "tobytes", "frombytes", "tolist", "fromlist", "tounicode", "fromunicode", "byteswap", "buffer_info", "tofile", "fromfile"]
for name in names:
    m = getattr(a, name)
    for args in [(), (1,), (1, 2), (1, 2, 3, 4)]:
        try: m(*args); r = "ok"
        except TypeError as e: r = "TypeError: " + str(e)
        except Exception as e: r = type(e).__name__
        print(name, len(args), r)
    try: m(x=1)
    except TypeError as e: print(name, "kw", e)
print(a)
for f in [lambda: a.extend([1], x=1), lambda: a.tofile(1, x=2), lambda: a.insert(0, 1, x=1), lambda: a.pop(x=1), lambda: a.fromfile(io.BytesIO(), x=1)]:
    try: f()
    except TypeError as e: print(e)
