class K:
    def m(self): pass
    @classmethod
    def c(cls): pass
for o in [K().m, [].append, K.c, len, (1).bit_length]:
    try:
        r = o.__reduce__()
        print(r[0], type(r[1]).__name__ if not isinstance(r, str) else r, r[1][1] if not isinstance(r, str) else '')
    except Exception as e:
        print(type(e).__name__, e)
    try:
        r = o.__reduce_ex__(4)
        print(r[0], r[1][1] if not isinstance(r, str) else r)
    except Exception as e:
        print(type(e).__name__, e)
import copy
print(copy.copy(K.c)(), copy.copy([].append).__name__)
