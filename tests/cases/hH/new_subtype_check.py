for T, U in [(str, int), (int, str), (list, int), (dict, list), (tuple, int), (float, int), (bytes, int), (set, int), (frozenset, int), (object, int), (complex, int), (bytearray, int), (range, int), (type, int), (bool, int), (int, bool)]:
    try:
        print(T.__name__, U.__name__, repr(T.__new__(U)))
    except Exception as e:
        print(T.__name__, U.__name__, type(e).__name__, e)
for T in [int, str, list, object]:
    try:
        T.__new__()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        T.__new__(5)
    except Exception as e:
        print(type(e).__name__, e)
