import functools, struct, math, heapq, time, random, re, itertools
for f in [functools.reduce, functools.cmp_to_key, struct.pack, struct.unpack, struct.calcsize, struct.iter_unpack, struct.unpack_from, struct.pack_into, math.sqrt, heapq.heappush, time.time, len, random.random, re.compile, itertools.chain.from_iterable]:
    print(f.__name__, f.__qualname__, repr(f).split(' at ')[0])
print(functools.reduce.__module__, math.sqrt.__module__, len.__module__, heapq.heappush.__module__)
