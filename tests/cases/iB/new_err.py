class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is not None:
            raise RuntimeError("already created")
        cls._inst = super().__new__(cls)
        return cls._inst

a = Singleton()
print(type(a).__name__)
b = Singleton()
