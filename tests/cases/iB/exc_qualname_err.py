class Outer:
    class InnerError(Exception):
        pass
class Mod(Exception):
    pass
Mod.__module__ = "mypkg.sub"
class NoMod(Exception):
    pass
NoMod.__module__ = None
class Builtinish(Exception):
    pass
Builtinish.__module__ = "builtins"
import traceback
for cls in (Outer.InnerError, Mod, NoMod, Builtinish):
    try:
        raise cls("msg")
    except Exception:
        print(traceback.format_exc().splitlines()[-1])
def f():
    class Local(LookupError):
        pass
    raise Local("local one")
f()
