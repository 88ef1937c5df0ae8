class Guard:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            raise RuntimeError(f"cleanup failed after {et.__name__}")

def work():
    with Guard():
        data = [1, 2, 3]
        return data[10]

work()
