class MyErr(Exception):
    def __str__(self): return "custom str"
def f():
    try:
        {}["k"]
    except KeyError as e:
        raise MyErr("x") from e
def g():
    try:
        f()
    except MyErr:
        raise ValueError("during handling")
try:
    g()
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__cause__), e.__suppress_context__)
e = ExceptionGroup("grp", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
print(repr(e), str(e))
m, r = e.split(ValueError)
print(repr(m), repr(r))
print(e.subgroup(lambda x: isinstance(x, KeyError)))
try:
    raise e
except* ValueError as ve:
    print("got values", repr(ve))
except* KeyError as ke:
    print("got keys", repr(ke))
    ke.add_note("note on keys")
except* TypeError:
    print("types")
err = ValueError("with note")
err.add_note("first note")
err.add_note("second")
print(err.__notes__)
def lvl3():
    raise ExceptionGroup("top", [ValueError("a"), RuntimeError("b")])
try:
    lvl3()
except* RuntimeError as eg:
    raise TypeError("replaced") from None
