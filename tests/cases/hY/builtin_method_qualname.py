import math, collections
class L(list):
    class Inner(dict): pass
print([].append.__qualname__, L().append.__qualname__, L.Inner().get.__qualname__, True.bit_length.__qualname__, (1).bit_length.__qualname__)
print(dict.fromkeys.__qualname__, L.Inner.fromkeys.__qualname__, list.append.__qualname__, len.__qualname__, math.sqrt.__qualname__)
print(int.from_bytes.__qualname__, "".join.__qualname__, collections.deque().append.__qualname__, object().__reduce_ex__.__qualname__)
print(str.maketrans.__qualname__, bytes.fromhex.__qualname__, bytearray.fromhex.__qualname__, float.fromhex.__qualname__)
print(print.__qualname__, iter.__qualname__, {}.keys.__qualname__, [].__len__.__qualname__, type.__call__.__qualname__)
