def t(label, f):
    try:
        f()
    except RecursionError as e:
        print(label, e)
class A:
    def __int__(self): return int(self)
    def __float__(self): return float(self)
    def __complex__(self): return complex(self)
    def __bytes__(self): return bytes(self)
    def __round__(self): return round(self)
    def __index__(self): return range(self)
    def __iter__(self): return iter(list(self))
    def __len__(self): return len(tuple(self))
    def __abs__(self): return abs(self)

    def __format__(self, s): return format(self, s)
    def __dir__(self): return dir(self)
t('int', lambda: A.__int__(A()))
t('float', lambda: A.__float__(A()))
t('complex', lambda: A.__complex__(A()))
t('bytes', lambda: A.__bytes__(A()))
t('round', lambda: A.__round__(A()))
t('range', lambda: A.__index__(A()))
t('list', lambda: A.__iter__(A()))
t('abs', lambda: A.__abs__(A()))

t('dir', lambda: A.__dir__(A()))
