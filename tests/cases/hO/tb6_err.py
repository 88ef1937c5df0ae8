class E(Exception):
    def __repr__(self):
        return "E-repr"
try:
    raise E("msg")
except E as e:
    e.add_note("a note")
    e.add_note("second\nmultiline")
    raise
