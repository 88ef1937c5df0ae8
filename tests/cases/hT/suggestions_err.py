import sys, traceback
class Point:
    def __init__(self):
        self.xcoord = 1
        self.ycoord = 2
    def method_one(self): pass
def show(f):
    try:
        f()
    except Exception as e:
        traceback.print_exc(file=sys.stdout)
        print(type(e).__name__, e, getattr(e, 'name', None))
p = Point()
show(lambda: p.xcord)
show(lambda: p.method_on())
show(lambda: [].apend(1))
show(lambda: {}.itms())
show(lambda: "".uper())
counter_value = 1
show(lambda: counter_valu)
show(lambda: lenn([]))
show(lambda: prnt)
def inner():
    local_variable = 3
    return local_variabel
show(inner)
import math
show(lambda: math.sqr(4))
show(lambda: math.pii)
show(lambda: p.zzzzzzzzzzzz)
show(lambda: __import__("collections").OrderDict)
try:
    import colections
except ImportError as e:
    print(type(e).__name__, e)
try:
    from json import sqr
except ImportError as e:
    print(type(e).__name__, str(e)[:35], e.name)
class Slotted:
    __slots__ = ("alpha",)
show(lambda: Slotted().alpha)
def uses_self():
    class K:
        def __init__(self):
            self.value = 1
        def get(self):
            return value
    return K().get()
show(uses_self)
print([].apend)
