import atexit
class Handler:
    def __init__(self, name, fail):
        self.name, self.fail = name, fail
    def __call__(self, *a, **k):
        print("handler", self.name, a, k)
        if self.fail:
            raise KeyError("atexit key " + self.name)
    def __repr__(self):
        return f"<Handler {self.name}>"
atexit.register(Handler("a", False))
atexit.register(Handler("b", True), 1, x=2)
atexit.register(Handler("c", False), 3)
print("main done")
