class Base:
    pass
class Child(Base, metaclass=5):
    pass
