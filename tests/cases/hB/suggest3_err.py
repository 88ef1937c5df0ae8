import collections
c = collections.Countr('abc')
