class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        raise RuntimeError("exit failed")
with CM():
    [].pop()
