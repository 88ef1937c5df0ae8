class B:
    def __bool__(self):
        raise ValueError("no bool")
if not B():
    pass
