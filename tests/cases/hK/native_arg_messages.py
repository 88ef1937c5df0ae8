import struct, heapq, operator, bisect
tests = [lambda: struct.pack(), lambda: struct.pack('i', x=1), lambda: struct.unpack(), lambda: struct.unpack('i', b'', x=1), lambda: struct.calcsize(), lambda: struct.iter_unpack(), lambda: struct.iter_unpack('i', b'', x=1), lambda: struct.unpack_from(), lambda: struct.pack_into(), lambda: struct.pack_into('i', x=1),
 lambda: heapq.heappush(), lambda: heapq.heappush([], 1, x=1), lambda: heapq.heappop(), lambda: heapq.heappop([], x=1), lambda: heapq.heapify(), lambda: heapq.heapify([], x=1), lambda: heapq.heapreplace(), lambda: heapq.heappushpop([], 1, x=1),
 lambda: operator.length_hint(), lambda: operator.length_hint([], x=1), lambda: operator.add(), lambda: operator.add(1, 2, x=1), lambda: operator.itemgetter(), lambda: operator.itemgetter(1, x=1), lambda: operator.index(), lambda: struct.Struct(), lambda: struct.Struct('i').pack(x=1), lambda: struct.Struct('i').unpack(), lambda: struct.pack_into('i')]
for t in tests:
    try: t()
    except Exception as e: print(type(e).__name__, e)
