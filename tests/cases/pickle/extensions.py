import copyreg
import pickle
import collections

copyreg.add_extension('collections', 'OrderedDict', 7)
copyreg.add_extension('collections', 'Counter', 300)
copyreg.add_extension('collections', 'deque', 70000)
for proto in range(6):
    for obj in (collections.OrderedDict, collections.Counter, collections.deque,
                collections.OrderedDict(a=1)):
        data = pickle.dumps(obj, proto)
        print(proto, data, pickle.loads(data) == obj)
copyreg.remove_extension('collections', 'OrderedDict', 7)
try:
    pickle.loads(b'\x80\x02\x82\x07.')
except ValueError as e:
    print('ValueError', e)
print(pickle.loads(b'\x80\x02\x83\x2c\x01.'))
