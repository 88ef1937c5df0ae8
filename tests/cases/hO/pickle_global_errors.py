import pickle
def f(): pass
g=f
f.__qualname__='zz'
try: pickle.dumps(g)
except Exception as e: print(type(e).__name__, str(e).split(" at ")[0], str(e).split(">")[-1])
def h(): pass
h.__module__='nomod_x'
try: pickle.dumps(h)
except Exception as e: print(type(e).__name__, str(e).split(" at ")[0], str(e).split(">")[-1])
def k(): pass
k.__qualname__='a.b'
try: pickle.dumps(k)
except Exception as e: print(type(e).__name__, str(e).split(" at ")[0], str(e).split(">")[-1])
def m(): pass
m2 = m
def m(): pass
try: pickle.dumps(m2)
except Exception as e: print(type(e).__name__, str(e).split(" at ")[0], str(e).split(">")[-1])
try: pickle.dumps(lambda: 0)
except Exception as e: print(type(e).__name__, str(e).split(" at ")[0], str(e).split(">")[-1])
