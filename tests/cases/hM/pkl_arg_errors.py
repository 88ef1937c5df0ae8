import pickle, array
for bad in [lambda: pickle.loads([]), lambda: pickle.loads("abc"), lambda: pickle.loads(5), lambda: pickle.dumps(1, 1.5), lambda: pickle.dumps(1, "2"), lambda: pickle.PickleBuffer([]), lambda: pickle.dumps(1, 9)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(pickle.loads(memoryview(pickle.dumps([1]))), pickle.loads(bytearray(pickle.dumps("x"))), pickle.loads(array.array("B", pickle.dumps(2))), pickle.dumps(3, True), pickle.dumps(3, -1)[:2])
