# array: conversion errors, typecode checks and operator errors with CPython's messages.
from array import array


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


for code in 'bBhHiIlLqQ':
    for v in [-1, 2**100, -2**100, 300, 70000, 2**31, 2**32, 2**63, 2**64, -2**63 - 1]:
        show('%s %r' % (code, v), lambda: array(code, [v]))
show('int from float', lambda: array('i', [1.5]))
show('double from str', lambda: array('d', ['a']))
show('unicode from int', lambda: array('u', [1]))
show('unicode from long str', lambda: array('u', ['ab']))
show('int from str', lambda: array('i', 'ab'))
show('bad typecode', lambda: array('z'))
show('typecode int', lambda: array(5))
show('typecode long', lambda: array('ii'))
show('no args', lambda: array())
show('bytes not multiple', lambda: array('i', b'\x01\x00\x00'))
show('i from d array', lambda: array('i', array('d', [1.0])))
show('u from i array', lambda: array('u', array('i', [1])))
show('add list', lambda: array('i', [1]) + [2])
show('add other kind', lambda: array('i', [1]) + array('d', [2]))
show('pop range', lambda: array('i', [1, 2]).pop(5))
show('pop empty', lambda: array('i').pop())
show('remove missing', lambda: array('i', [1]).remove(3))
show('index missing', lambda: array('i', [1]).index(3))
show('extend other kind', lambda: array('i', [1]).extend(array('d')))
show('extend floats', lambda: array('i', [1]).extend([1.5]))
show('fromlist tuple', lambda: array('i', [1]).fromlist((1,)))
show('frombytes odd', lambda: array('i', [1]).frombytes(b'abc'))
show('frombytes str', lambda: array('b').frombytes('abc'))
show('tounicode int', lambda: array('i').tounicode())
show('fromunicode int array', lambda: array('i').fromunicode('a'))
show('fromunicode int', lambda: array('u').fromunicode(5))
show('index empty', lambda: array('i')[0])
show('index str', lambda: array('i', [1, 2])['a'])
show('index float', lambda: array('i', [1])[1.0])
show('index neg', lambda: array('H', [5])[-2])
show('setitem overflow', lambda: array('B', [1, 2]).__setitem__(0, 256))
show('slice assign list', lambda: array('i', [1, 2, 3]).__setitem__(slice(0, 2), [5]))
show('ext slice size', lambda: array('i', [1, 2, 3]).__setitem__(slice(0, 3, 2), array('i', [5])))
show('slice assign kind', lambda: array('i', [1, 2, 3]).__setitem__(slice(0, 2), array('b', [5])))
show('setitem range', lambda: array('i', [1, 2]).__setitem__(5, 1))
show('delitem range', lambda: array('i', [1, 2]).__delitem__(5))
show('hash', lambda: hash(array('i')))
show('iadd list', lambda: array('i', [1]).__iadd__([1]))
show('setitem str', lambda: array('i', [5]).__setitem__(0, 'x'))
show('setitem d str', lambda: array('d', [5]).__setitem__(0, 'x'))
show('mul float', lambda: array('i', [1]) * 1.5)
