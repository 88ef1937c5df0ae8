class CM:
    def __enter__(self):
        raise OSError(5, "enter failed")
    def __exit__(self, *a):
        print("never")
with CM() as c:
    print("body")
