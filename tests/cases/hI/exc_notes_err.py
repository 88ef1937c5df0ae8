class E(Exception):
    pass
try:
    raise E("first")
except E as e:
    e.add_note("note A")
    e.add_note("multi\nline note")
    try:
        e.add_note(5)
    except TypeError as te:
        print("TypeError", te)
    print(e.__notes__)
    err = e
err.__notes__ = ["replaced"]
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        raise err
g()
