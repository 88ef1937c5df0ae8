import collections
print(collections.abc.Iterable)
import sys
print('collections.abc' in sys.modules, 'collections' in dir(collections), 'abc' in dir(collections))
import collections.abc as cabc
print(cabc.Mapping)
from collections.abc import Sequence
print(Sequence, isinstance([], collections.abc.Sequence))
