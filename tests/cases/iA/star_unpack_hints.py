class T1(tuple):
    def __iter__(self): print("  iter"); return iter((9, 9))
    def __len__(self): print("  len"); return 5
t = T1((1, 2))
def f(*a): return a
print(f(0, *t)); print([*t]); print([0, *t, *t]); print((*t,)); print({*t})
class G:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): print("  hint"); return 2
print(f(0, *G()), [*G()])
for bad in [5, None]:
    try: f(0, *bad)
    except TypeError as e: print(e)
    try: [*bad]
    except TypeError as e: print(e)
def gen():
    yield 1
    raise TypeError("inside gen")
try: f(0, *gen())
except TypeError as e: print(e)
class BadLen:
    def __iter__(self): return iter([1])
    def __len__(self): raise TypeError("bad len")
try: print(f(0, *BadLen()))
except TypeError as e: print(e)
