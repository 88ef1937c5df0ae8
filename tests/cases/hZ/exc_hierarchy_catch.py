def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup:{type(e).__name__}"
    except ArithmeticError as e:
        return f"arith:{type(e).__name__}"
    except OSError as e:
        return f"os:{type(e).__name__}:{e.errno}"
    except Exception as e:
        return f"other:{type(e).__name__}"
    except BaseException as e:
        return f"base:{type(e).__name__}"
for exc in (KeyError("k"), IndexError, ZeroDivisionError, OverflowError("o"), FloatingPointError, FileNotFoundError(2, "x"), PermissionError(13, "p"), TimeoutError(), ValueError(), UnicodeDecodeError("utf-8", b"", 0, 1, "r"), KeyboardInterrupt(), SystemExit(2), GeneratorExit(), StopIteration(), NotImplementedError(), RecursionError(), ModuleNotFoundError("m"), TabError("t", ("f", 1, 1, "x")), BrokenPipeError(32, "b")):
    print(repr(exc) if not isinstance(exc, type) else exc.__name__, "->", classify(exc))
print([c.__name__ for c in ZeroDivisionError.__mro__], [c.__name__ for c in FileNotFoundError.__mro__])
print(issubclass(ModuleNotFoundError, ImportError), issubclass(TabError, SyntaxError), issubclass(UnicodeDecodeError, ValueError), issubclass(StopAsyncIteration, Exception), issubclass(Warning, Exception), issubclass(BytesWarning, Warning))
print(IOError is OSError, EnvironmentError is OSError, OSError(2, "x").__class__.__name__, OSError(99999, "x").__class__.__name__, OSError("just msg").errno)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
except TypeError as e:
    print("outer caught", e)
try:
    raise ExceptionGroup("g", [OSError(2, "f")])
except* FileNotFoundError as g:
    print("star matched subclass", [type(x).__name__ for x in g.exceptions])
