class A:
    def __repr__(self):
        raise ValueError("repr")
x = f"{A()!r}"
