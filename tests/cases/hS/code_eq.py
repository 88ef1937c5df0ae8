def f():
    yield 1
async def c():
    return 1
g = f()
print(f.__code__ == f.__code__, g.gi_code == f.__code__, f.__code__ != f.__code__)
print(hash(f.__code__) == hash(g.gi_code), (lambda: 0).__code__ == f.__code__)
codes = {f.__code__: "f"}
print(codes[g.gi_code], g.gi_code in codes, c.__code__ in codes)
co = c()
print(co.cr_code == c.__code__, co.cr_origin)
co.close()
print(sorted(x for x in dir(co) if x.startswith("cr_")))
print(f.__code__ == 5, f.__code__ != "x")
