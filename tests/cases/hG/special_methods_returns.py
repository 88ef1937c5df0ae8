rets = [None, 0, 5, -1, 2**65, 1.5, "s", b"b", [1], True, NotImplemented]
dunders = ["__len__", "__hash__", "__index__", "__bool__", "__str__", "__repr__", "__iter__", "__int__", "__float__", "__complex__", "__format__", "__bytes__", "__abs__", "__neg__", "__round__", "__contains__", "__reversed__", "__length_hint__", "__getitem__", "__eq__", "__lt__", "__add__", "__call__", "__enter__", "__fspath__", "__trunc__", "__floor__", "__ceil__", "__sizeof__", "__dir__"]
users = {
    "__len__": [len, bool], "__hash__": [hash], "__index__": [lambda o: [1, 2, 3][o], hex, lambda o: range(o), bin, lambda o: "ab" * o], "__bool__": [bool, lambda o: not o, lambda o: 1 if o else 0],
    "__str__": [str, lambda o: "%s" % o, lambda o: f"{o}", print], "__repr__": [repr, lambda o: "%r" % o, lambda o: [o], ascii], "__iter__": [list, lambda o: [*o], tuple, iter],
    "__int__": [int], "__float__": [float, lambda o: __import__("math").sqrt(o)], "__complex__": [complex], "__format__": [format, lambda o: f"{o:x}"], "__bytes__": [bytes],
    "__abs__": [abs], "__neg__": [lambda o: -o], "__round__": [round, lambda o: round(o, 1)], "__contains__": [lambda o: 1 in o, lambda o: 1 not in o], "__reversed__": [reversed],
    "__length_hint__": [lambda o: __import__("operator").length_hint(o)], "__getitem__": [lambda o: o[0]], "__eq__": [lambda o: o == 1, lambda o: o != 1, lambda o: 1 == o, lambda o: [o] == [o], lambda o: o in [1]],
    "__lt__": [lambda o: o < 1, lambda o: 1 > o, lambda o: sorted([o, o])], "__add__": [lambda o: o + 1, lambda o: sum([o])], "__call__": [lambda o: o(), callable],
    "__enter__": [lambda o: o.__enter__()], "__fspath__": [lambda o: __import__("os").fspath(o)], "__trunc__": [lambda o: __import__("math").trunc(o)], "__floor__": [lambda o: __import__("math").floor(o)], "__ceil__": [lambda o: __import__("math").ceil(o)],
    "__sizeof__": [lambda o: __import__("sys").getsizeof(o) > 0], "__dir__": [dir],
}
import io, contextlib
for d in dunders:
    for r in rets:
        cls = type("U", (), {d: (lambda r: lambda self, *a: r)(r)})
        o = cls()
        for i, f in enumerate(users[d]):
            try:
                buf = io.StringIO()
                with contextlib.redirect_stdout(buf):
                    v = f(o)
                v = repr(v)
                if " at 0x" in v: v = "<obj>"
                out = v[:60] + buf.getvalue().strip()
            except Exception as e:
                out = type(e).__name__ + ": " + str(e)
            print(d, repr(r)[:20], i, "->", out.replace(" at 0x", "")[:150] if "0x" not in out else out.split(" at 0x")[0])
