async def ag(): yield 1
a = ag()
print('__del__' in dir(a), [n for n in dir(a) if not n.startswith('__')])
import types
print(sorted(set(dir(type)) - set(dir(object))))
def g(): yield
print(sorted(set(dir(g())) - set(dir(object))))
