import traceback
e = ValueError("with notes")
e.add_note("note 1")
e.add_note("")
e.add_note("multi\nline")
print(traceback.format_exception_only(e))
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e.__notes__ = [1, None]
print(traceback.format_exception_only(e))
class BadNote:
    def __str__(self):
        raise RuntimeError
e.__notes__ = [BadNote()]
print(traceback.format_exception_only(e))
try:
    e.add_note(5)
except TypeError as t:
    print(t)
e.__notes__ = ("tuple",)
try:
    e.add_note("x")
except TypeError as t:
    print(t)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
