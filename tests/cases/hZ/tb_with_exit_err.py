class Opener:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, et, ev, tb):
        print("close", et.__name__)
        return False
with Opener() as o:
    o.missing_method()
