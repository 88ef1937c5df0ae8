e1 = ValueError("first")
e1.add_note("note on first")
e1.add_note("second\nmultiline note")
e2 = TypeError("second")
e2.__notes__ = ["set directly"]
try:
    raise e2
except TypeError as t:
    e2 = t
raise ExceptionGroup("with notes", [e1, e2])
