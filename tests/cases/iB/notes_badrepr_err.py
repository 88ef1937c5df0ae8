class N:
    def __repr__(self):
        raise ValueError
e = ValueError("v")
e.__notes__ = N()
raise e
