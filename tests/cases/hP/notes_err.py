class Custom(Exception):
    def __str__(self):
        return "custom str"

def f():
    e = Custom()
    e.add_note("first note")
    e.add_note("multi\nline note")
    e.add_note("")
    raise e

try:
    f()
except Custom as e:
    print(e.__notes__)
    try:
        e.add_note(42)
    except TypeError as te:
        print("TypeError", te)
e = ValueError("v")
e.__notes__ = ("tuple", "notes")
try:
    raise e
except ValueError as ve:
    ve.add_note("added")
    print(ve.__notes__)
e2 = KeyError("k")
e2.__notes__ = "a string"
try:
    e2.add_note("x")
except TypeError as te:
    print("TypeError", te)
def g():
    try:
        f()
    except Custom as c:
        c.add_note("added while handling")
        raise
g()
