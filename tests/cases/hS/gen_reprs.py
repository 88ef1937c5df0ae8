def g(): yield
x = g()
x.__qualname__ = "Renamed.q"
print(repr(x).split(" at ")[0])
class C:
    def m(self): yield
    async def am(self): pass
    async def ag(self): yield
print(repr(C().m()).split(" at ")[0])
co = C().am()
print(repr(co).split(" at ")[0])
co.close()
print(repr(C().ag()).split(" at ")[0])
print(repr((i for i in [])).split(" at ")[0])
print(repr(co.__await__()).split(" at ")[0])
async def a(): yield
print(repr(a().asend(None)).split(" at ")[0])
print(repr(a().athrow(ValueError)).split(" at ")[0])
