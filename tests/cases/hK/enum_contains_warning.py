# compare: stderr
import random, enum
random.seed(0)
print(random.randrange(10.0), random.randrange(0, 10.0, 2), random.randint(1, 5))
class C(enum.Enum):
    A = 1
try:
    print(1 in C)
except TypeError as e:
    print('TE', e)
print('A' in C.__members__)
class F(enum.Flag):
    X = 1
try:
    print(1 in F.X)
except TypeError as e:
    print('TE', e)
import typing
print(typing.Text, typing.ByteString)
import string
print(string.Template('$a').substitute({'a': 1}))
import functools
try:
    random.shuffle([1, 2], random.random)
except TypeError as e:
    print(e)
import statistics
print(statistics.mean([1, 2]))
