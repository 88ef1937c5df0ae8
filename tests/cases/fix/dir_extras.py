def g():
    yield 1
async def c():
    pass
print([n for n in dir(type) if n.startswith('__') and 'off' in n or 'size' in n or 'sig' in n])
print('__del__' in dir(g()), '__del__' in dir(type(g())))
co = c()
print('__del__' in dir(co))
co.close()
print(type.__text_signature__)
print(isinstance(type.__itemsize__, int), isinstance(type.__dictoffset__, int))
x = g()
print(next(x))
x.__del__()
print(list(x))
