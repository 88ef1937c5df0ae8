class Base:
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        if flavor is None:
            raise TypeError(f"{cls.__name__} needs a flavor")
        cls.flavor = flavor
class Good(Base, flavor="mint"):
    pass
print(Good.flavor)
class Bad(Base):
    pass
