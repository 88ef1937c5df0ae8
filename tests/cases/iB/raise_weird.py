class NeedsArg(Exception):
    def __init__(self, code):
        super().__init__(code)
class BadNew(Exception):
    def __new__(cls, *a):
        return 42
class NotExc:
    pass
def attempt(label, f):
    try:
        f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e, "| ctx:", type(e.__context__).__name__)
def r1(): raise NeedsArg
def r2(): raise BadNew
def r3(): raise NotExc
def r4(): raise NotExc()
def r5():
    try:
        raise ValueError
    except NotExc:
        pass
def r6():
    try:
        raise ValueError
    except (ValueError, 5):
        print("caught with bad tuple member")
def r7():
    try:
        raise KeyError
    except (5, KeyError):
        pass
def r8():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
def r9():
    try:
        raise ValueError("v")
    except* (ValueError, BaseExceptionGroup):
        pass
def r10():
    try:
        raise ValueError("v")
    except* 5:
        pass
def r11():
    raise ValueError from NeedsArg
def r12():
    raise ValueError from BadNew
def r13():
    try:
        raise ValueError("plain to star")
    except* ValueError as eg:
        print("wrapped:", repr(eg))
for i, f in enumerate([r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13], 1):
    attempt(f"r{i}", f)
