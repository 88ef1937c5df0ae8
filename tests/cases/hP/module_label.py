import traceback
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
A.__module__ = None
B.__module__ = "pkg.mod"
C.__module__ = 3.5
for cls in (A, B, C):
    e = cls("msg")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(cls, e))
    print("".join(traceback.TracebackException.from_exception(e).format_exception_only()), end="")
    print(repr(e), str(e))
