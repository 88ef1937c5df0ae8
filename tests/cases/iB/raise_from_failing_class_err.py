class NeedsArg(Exception):
    def __init__(self, code):
        super().__init__(code)
def f():
    raise ValueError("outer") from NeedsArg
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, e.__context__)
class Fine(Exception):
    pass
try:
    raise ValueError("outer") from Fine
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
f()
