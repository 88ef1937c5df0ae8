def f():
    try:
        raise ValueError("in try")
    finally:
        print("finally")
        {}["k"]

def g():
    try:
        f()
    except KeyError as e:
        print("ctx:", repr(e.__context__))
        raise IndexError("from g") from e

g()
