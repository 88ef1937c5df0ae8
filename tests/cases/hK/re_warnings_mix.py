# compare: stderr
import re, warnings
print(re.findall('\d+', 'a12'))
p = re.compile(r'[[a]')
print(p.findall('[a'))
print(re.findall(r'[a&&b]', 'a&b'), re.findall(r'[a||b]', '|'), re.findall(r'[a~~b]', '~'))
try:
    re.compile(r'a(?i)b')
except re.error as e:
    print('error', e)
import random
random.seed(1)
print(random.sample(range(10), 3))
def f():
    warnings.warn('custom warning')
f()
warnings.warn('dep', DeprecationWarning)
warnings.warn('fut', FutureWarning, stacklevel=1)
import collections
print(hasattr(collections, 'Mapping'))
