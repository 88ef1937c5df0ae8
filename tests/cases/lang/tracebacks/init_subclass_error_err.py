class B:
    def __init_subclass__(cls):
        raise ValueError("sub")
class C(B):
    pass
