class Resource:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        raise RuntimeError("exit failed")
def use():
    with Resource() as r:
        values = {"a": 1}
        return values["b"]
use()
