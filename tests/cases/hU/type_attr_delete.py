class A:
    "doc"
for attr in ("__name__", "__qualname__", "__bases__", "__module__", "__doc__", "__dict__", "__mro__", "__abstractmethods__", "__annotations__", "__text_signature__", "__base__", "__basicsize__"):
    try:
        delattr(A, attr)
        print("deleted", attr)
    except Exception as e:
        print(attr, type(e).__name__, e)
for attr in ("__name__", "__qualname__", "__module__", "__doc__", "__mro__", "__base__"):
    try:
        setattr(int, attr, "x")
    except Exception as e:
        print(attr, type(e).__name__, e)
    try:
        delattr(int, attr)
    except Exception as e:
        print(attr, type(e).__name__, e)
B = type("B", (), {})
for v in (5, None, "", "a.b"):
    try:
        B.__qualname__ = v
        print("qualname", B.__qualname__)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        B.__module__ = v
        print("module", B.__module__)
    except Exception as e:
        print(type(e).__name__, e)
try:
    B.__annotations__ = 5
    print(B.__annotations__)
except Exception as e:
    print(type(e).__name__, e)
del B.__annotations__
try:
    del B.__annotations__
except Exception as e:
    print(type(e).__name__, e)
