class Field:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError(f"field name {name!r} must be lowercase")
        self.name = name
class Model:
    ok = Field()
    Bad = Field()
