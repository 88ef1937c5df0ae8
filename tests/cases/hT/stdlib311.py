import functools, contextlib, os, string, io, hashlib, logging, sys, inspect, asyncio
from functools import singledispatch
@singledispatch
def fun(arg):
    return f"default {arg!r}"
@fun.register
def _(arg: int | float):
    return f"number {arg}"
@fun.register
def _(arg: list[int] if False else list):
    return f"list {len(arg)}"
@fun.register(str)
def _(arg):
    return "str"
print(fun(1), fun(2.5), fun([1]), fun("s"), fun(None), fun(True))
print(sorted(k.__name__ for k in fun.registry))
try:
    @fun.register
    def _(arg: "undefined"): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    @fun.register
    def _(arg): pass
except Exception as e:
    print(type(e).__name__, str(e)[:45])
class Disp:
    @functools.singledispatchmethod
    def m(self, arg): return "base"
    @m.register
    def _(self, arg: int): return "int"
print(Disp().m(1), Disp().m("x"))
here = os.getcwd()
os.makedirs("_tmp_hTw/sub_cd", exist_ok=True)
with contextlib.chdir("_tmp_hTw/sub_cd"):
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == here)
import shutil
shutil.rmtree("_tmp_hTw")
async def agen():
    for i in range(3):
        yield i
async def main():
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            print("got", v)
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("stop", repr(e))
    print(await anext(it, "dflt"))
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    try:
        await anext(5)
    except TypeError as e:
        print(e)
asyncio.run(main())
t = string.Template("$who likes ${what} and $who $$ $")
print(t.get_identifiers(), t.is_valid())
t2 = string.Template("$a ${b} $1")
print(t2.get_identifiers(), t2.is_valid())
print(string.Template("${x").is_valid(), string.Template("$x $y $x").get_identifiers())
print(hashlib.file_digest(io.BytesIO(b"hello"), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), hashlib.md5).hexdigest())
m = logging.getLevelNamesMapping()
print(sorted(m.items()))
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(5))
try:
    raise KeyError("x")
except KeyError:
    print(repr(sys.exception()), sys.exc_info()[1] is sys.exception())
print(sys.exception())
class Base:
    a = 1
    @property
    def p(self): return 2
class Sub(Base):
    b = 3
names = [n for n, v in inspect.getmembers_static(Sub) if not n.startswith("__")]
print(names)
print([n for n, v in inspect.getmembers_static(Sub(), lambda v: isinstance(v, property))])
