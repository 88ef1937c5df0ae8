class D:
    def __set_name__(self, owner, name):
        raise ValueError(f"bad name {name}")
class C:
    attr = D()
