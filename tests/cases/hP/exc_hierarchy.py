def tree(cls, ind=0):
    print(" " * ind + cls.__name__)
    for sub in cls.__subclasses__():
        if sub.__module__ == "builtins":
            tree(sub, ind + 2)
tree(BaseException)
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException))
print(len(names))
for n in names:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__bases__], [m.__name__ for m in c.__mro__][1:])
print(IOError is OSError, EnvironmentError is OSError)
for code in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 103, 3, 9999):
    e = OSError(code, "msg")
    print(code, type(e).__name__, e.errno)
print(type(OSError(2, "x", "f", 0, "g")).__name__)
print(type(OSError("2", "x")).__name__)
class MyOS(OSError):
    pass
print(type(MyOS(2, "x")).__name__)
print(type(FileNotFoundError(13, "x")).__name__)
