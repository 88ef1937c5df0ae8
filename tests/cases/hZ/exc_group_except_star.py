eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t"), ValueError("v2")])
print(eg, repr(eg), eg.message, len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values", [str(e) for e in g.exceptions], type(g).__name__)
except* TypeError as g:
    print("types", g.exceptions)
match, rest = eg.split(ValueError)
print(match, rest, eg.subgroup(lambda e: "2" in str(e)))
try:
    try:
        raise ExceptionGroup("g", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled key")
except ExceptionGroup as rem:
    print("remaining", repr(rem.exceptions))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped", type(g).__name__, g.exceptions)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
print(nested.derive([KeyError(3)]), nested.split(TypeError)[0])
e = ValueError("note me"); e.add_note("first note"); e.add_note("second"); print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
