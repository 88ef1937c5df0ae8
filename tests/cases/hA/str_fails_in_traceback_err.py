class Obj:
    def __str__(self):
        raise RuntimeError("no str")
    def __repr__(self):
        raise RuntimeError("no repr")
class E(Exception):
    def __str__(self):
        raise KeyError("broken")
try:
    raise E()
except E as e:
    import traceback
    print(traceback.format_exception_only(type(e), e))
raise ValueError(Obj())
