from collections import OrderedDict
od = OrderedDict(a=1)
for f in [lambda: od.move_to_end(None), lambda: od.move_to_end((1,2)), lambda: od.move_to_end('z'), lambda: od.pop(None), lambda: od.pop((1,2)), lambda: od[None], lambda: od.__delitem__(None), lambda: od.__delitem__((1,2)), lambda: od.pop(()), lambda: od.move_to_end((5,))]:
    try: f()
    except KeyError as e: print(repr(e), str(e))
print(od.pop(None, 'd'), od)
