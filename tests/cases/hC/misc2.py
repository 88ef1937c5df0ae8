import copy, io, contextlib, sys, os.path, abc
a = [1, [2, 3]]; a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[1] is not a[1], b[:2])
d = {"k": a}; d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e["k"][2] is e["k"])
class C:
    def __init__(self): self.x = [1]; self.me = self
    def __copy__(self): print("copy called"); return "copied"
c = C(); print(copy.copy(c)); cc = copy.deepcopy(c); print(cc.me is cc, cc.x is not c.x)
class D:
    def __deepcopy__(self, memo): print("memo type", type(memo).__name__); return 42
print(copy.deepcopy([D()]))
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]; s2 = copy.copy(s); print(s2.a is s.a, hasattr(s2, "b"))
print(copy.copy((1, 2)), copy.deepcopy((1, [2]))[1], copy.copy({1, 2}), copy.deepcopy(frozenset({3})))
f = io.StringIO("line1\nline2\nline3")
print(f.readline(), f.read(3), f.tell(), f.readlines(), f.read(), repr(f.readline()))
f.seek(0); print(list(f)); f.seek(0, 2); print(f.write("X"), f.getvalue())
g = io.StringIO(); print(g.write("héllo"), g.tell(), g.getvalue()); g.seek(1); g.write("E"); print(g.getvalue()); g.truncate(3); print(repr(g.getvalue()))
print(io.StringIO("a\r\nb", newline=None).read().encode(), io.StringIO("a\r\nb", newline="").readlines())
bio = io.BytesIO(b"abcdef"); print(bio.read(2), bio.read1(2) if hasattr(bio, "read1") else '', bio.getvalue(), bio.seek(-1, 2), bio.read())
bio.write(b"ZZ"); print(bio.getvalue(), bio.tell())
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
try:
    io.BytesIO().write("x")
except TypeError as e:
    print(e)
cl = io.StringIO(); cl.close()
try:
    cl.read()
except ValueError as e:
    print(e)
print(cl.closed)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("inside")
    r = sys.stdout.write("raw\n")
print(repr(buf.getvalue()), r)
@contextlib.contextmanager
def ctx(name):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print("exit", name)
with ctx("a") as v:
    print(v)
with ctx("b"):
    raise ValueError("boom")
try:
    with ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("outer", repr(e))
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
with contextlib.ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    st.enter_context(ctx("es"))
print(contextlib.nullcontext(5).__enter__())
with contextlib.closing(io.StringIO("q")) as q:
    print(q.read())
print(q.closed)
@ctx("deco")
def decorated():
    print("in func")
decorated() if False else None
class Base(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perim(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
for cls in (Base,):
    try:
        cls()
    except TypeError as e:
        print(e)
class Half(Base):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Full(Half):
    def perim(self): return 2
    name = "full"
print(Full().area(), sorted(Base.__abstractmethods__), Full.__abstractmethods__)
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
class M(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def one(self): pass
try:
    M()
except TypeError as e:
    print(e)
print(os.path.join("a", "b", "/c", "d"), os.path.split("/a/b/c.txt"), os.path.splitext("x/y.tar.gz"), os.path.splitext(".bashrc"), os.path.basename("/a/b/"), os.path.dirname("/a/b/"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath(""), os.path.normpath("../../x"), os.path.isabs("/x"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.join("", "x"), os.path.join("a", ""), os.path.splitdrive("/x/y"), os.path.expanduser("nochange"), os.path.sep, os.path.extsep)
try:
    os.path.commonpath([])
except ValueError as e:
    print(e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print(e)
print(sys.stdout.write("abc\n"), sys.argv[0][-8:], type(sys.argv).__name__, sys.maxsize, sys.version_info[:2], sys.version_info >= (3, 8), sys.byteorder, sys.getrecursionlimit())
print(sys.float_info.max, sys.int_info.bits_per_digit if False else '', sys.float_info.epsilon, sys.hash_info.width, sys.maxunicode)
print(sys.stderr.write("") , sys.platform != "", len(sys.path) > 0, "sys" in sys.modules, sys.flags.optimize)
sys.exit("bye message")
