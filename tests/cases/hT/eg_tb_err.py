def g():
    raise ValueError("bad value")
def h():
    excs = []
    for f in (g, lambda: 1/0):
        try:
            f()
        except Exception as e:
            excs.append(e)
    e = KeyError("k")
    e.add_note("a note on key")
    excs.append(ExceptionGroup("inner", [e, TypeError("t")]))
    eg = ExceptionGroup("many things", excs)
    eg.add_note("group note")
    raise eg
h()
