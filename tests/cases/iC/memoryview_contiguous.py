# A 1-D memoryview is contiguous iff it has one item or its stride equals the item size
m = memoryview(b'abcdef')
for s in (m[0:0], m[::-1][0:0], m[5:1:2], m[::2], m[::-1], m[1:2:5], m[::6], m[2:4], m[4:1]):
    print(s.shape, s.strides, s.contiguous, s.c_contiguous, s.f_contiguous)
    try:
        print(s.cast('B').tolist())
    except TypeError as e:
        print('TypeError', e)
m2 = memoryview(bytearray(8)).cast('i')
print(m2[::-1][0:0].contiguous, m2[0:0].contiguous, m2[::2].contiguous, m2[1:].contiguous)
for args in [('B', [0]), ('B', [1]), ('B', None), ('B',), ('c', (0,)), ('b', [])]:
    try:
        print(memoryview(b'').cast(*args).shape)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
