class Bad(Exception):
    def __str__(self):
        raise RuntimeError("nope")
class BadRepr(Exception):
    def __repr__(self):
        raise RuntimeError("nope repr")
import traceback
print(traceback.format_exception_only(Bad, Bad()))
try:
    print(repr(BadRepr("x")))
except RuntimeError as e:
    print("repr failed", e)
raise Bad("hidden")
