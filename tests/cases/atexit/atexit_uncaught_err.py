import atexit


def bye():
    print('bye')


atexit.register(bye)
atexit.register(print, 'first')
print('main')
raise KeyError('k')
