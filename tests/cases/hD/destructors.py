# __del__ timing in a tutorial-style program: statement-level drops, scopes, and exit.
import atexit
import weakref


class Resource:
    live = 0

    def __init__(self, name):
        self.name = name
        Resource.live += 1
        print(f"open {name} (live={Resource.live})")

    def __del__(self):
        Resource.live -= 1
        print(f"close {self.name} (live={Resource.live}, helper={helper.__name__})")


def helper():
    pass


def work():
    a = Resource("a")
    b = Resource("b")
    c = Resource("c")
    print("leaving work")


work()
print("-- after work")
stack = [Resource("s1"), Resource("s2")]
stack.pop()
print("-- after pop statement")
top = stack.pop()
print("-- popped into a name")
top = None
print("-- rebound")
table = {"x": Resource("dx"), "y": Resource("dy")}
del table["x"]
print("-- after del item")
table = None
print("-- after dict dropped")


class Holder:
    def __init__(self):
        self.p = Resource("p")
        self.q = Resource("q")


h = Holder()
del h.p
print("-- after del attr")
h = None
print("-- after holder dropped")
r = Resource("r1")
r = Resource("r2")
w = Resource("weak")
ref = weakref.ref(w, lambda _: print("weakref callback"))
del w
print("-- after weak target deleted", ref())
atexit.register(lambda: print(f"atexit sees live={Resource.live}"))
g1 = Resource("g1")
g2 = Resource("g2")
_hidden = Resource("_hidden")
print("end of script")
