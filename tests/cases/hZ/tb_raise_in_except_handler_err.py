class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("close failed")
with Resource():
    raise ValueError("body failed")
