# bytearray[i] = v converts v before checking i against the length
ba = bytearray(b'ab')
for key, val in [(5, 300), (5, b'x'), (5, 'x'), (5, 7), (-3, -1), (1, 300), (0, 3.5), ('k', 300), (1.5, 3), (None, 1)]:
    try:
        ba[key] = val
        print(key, val, ba)
    except Exception as e:
        print(key, repr(val), type(e).__name__, e)
class I:
    def __index__(self):
        return 1
ba[I()] = 122
print(ba)
e = bytearray()
for val in (256, b'', 1):
    try:
        e[0] = val
    except Exception as ex:
        print(type(ex).__name__, ex)
