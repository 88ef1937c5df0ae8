e1 = ValueError("first")
e2 = KeyError("second")
e3 = RuntimeError("third")
e2.__cause__ = e1
e3.__context__ = e2
print(e3.__suppress_context__, e2.__suppress_context__)
try:
    raise e3
except RuntimeError as e:
    print(e.__context__ is e2, e.__cause__)
raise e3 from None
