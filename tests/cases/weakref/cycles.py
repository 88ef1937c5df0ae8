# Weak references to objects in reference cycles: the collector clears them and runs callbacks.
import gc, weakref
class Node:
    pass
a = Node(); b = Node(); a.other = b; b.other = a
r = weakref.ref(a, lambda wr: print('callback, referent gone:', wr() is None))
del a, b
print('collected something:', gc.collect() > 0)
print(r())
class D:
    def __del__(self): print('del D')
d = D(); d.self = d
wd = weakref.ref(d, lambda wr: print('cb D'))
del d
gc.collect()
print('end')
