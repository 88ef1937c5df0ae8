import pickle
import io


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


show(pickle.dumps, 1, 6)
for data in [b'', b'\x80\x06.', b'x', b'\x80\x04K', b'(.', b'K\x01K\x02t.', b'h\x05.',
             b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.', b'0.', b'N', b'.',
             b'\x80\x02X\x05\x00\x00\x00ab.', b'I12\n', b'a.', b']K\x01e.', b'\x80\x02)\x81.',
             b'Fx\n.', b'Iabc\n.', b'}K\x01s.', 
             b'\x80\x04\x8c\x03sys\x8c\x02zz\x93.', b'P1\n.', b'(K\x01d.']:
    show(pickle.loads, data)
show(pickle.loads, 'abc')


def f():
    class Local:
        pass
    return Local


show(pickle.dumps, f())
show(pickle.dumps, f(), 2)


class A:
    pass


Orig = A


class A:
    pass


show(pickle.dumps, Orig())
show(pickle.dumps, Orig)
show(pickle.dumps, Orig, 0)


class BadReduce:
    def __reduce__(self):
        return 42


class BadReduce2:
    def __reduce__(self):
        return (int,)


class BadReduce3:
    def __reduce__(self):
        return (int, [1])


class BadReduce4:
    def __reduce__(self):
        return (1, ())


for cls in (BadReduce, BadReduce2, BadReduce3, BadReduce4):
    try:
        pickle.dumps(cls())
    except pickle.PicklingError as e:
        print('PicklingError', str(e).split(' at 0x')[0].replace('<bound method ', ''))


class NoNew:
    __slots__ = ('a',)


show(pickle.dumps, NoNew(), 1)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
print(pickle.PicklingError, pickle.UnpicklingError, pickle.Pickler, pickle.Unpickler)
show(pickle.Pickler, 42)
show(pickle.Unpickler, 42)
show(pickle.Pickler, io.BytesIO(), 2, buffer_callback=print)
