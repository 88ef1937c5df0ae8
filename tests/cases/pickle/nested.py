import pickle
class Outer:
    class Inner:
        class Deep:
            pass
for p in range(6):
    for o in (Outer.Inner, Outer.Inner.Deep, Outer.Inner()):
        d = pickle.dumps(o, p)
        r = pickle.loads(d)
        print(p, d, r is o or type(r) is type(o))
