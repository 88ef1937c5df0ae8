class A:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print('iter'); return iter(range(self.n))
    def __len__(self):
        print('len'); return self.n
class B:
    def __iter__(self): print('B iter'); return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): print('B hint'); return 3
class C:
    def __iter__(self): return iter([1])
    def __len__(self): raise ValueError('len boom')
class D(list):
    def __len__(self): print('D len'); return super().__len__()
print(list(A(2)), tuple(A(3)))
l = [0]; l.extend(A(1)); print(l)
print(list(B()), tuple(B()))
try: list(C())
except ValueError as e: print('VE', e)
print(list(D([1, 2])), tuple(D([3])))
class E:
    def __iter__(self): return iter([1])
    def __len__(self): return -1
try: print(list(E()))
except ValueError as e: print('VE', e)
class F:
    def __iter__(self): return iter([1])
    def __len__(self): return 'x'
try: print(list(F()))
except TypeError as e: print('TE', e)
