# doctest.testmod on an imported module (written to a temporary folder) and testmod(name=...)
import doctest
import os
import sys

TMP = os.path.abspath('_tmp_doctest_mod')
os.makedirs(TMP, exist_ok=True)
with open(os.path.join(TMP, 'dtmod_sample.py'), 'w') as f:
    f.write('''"""Sample module.

>>> double(4)
8
"""
from os.path import join


def double(x):
    """
    >>> double(2)
    4
    >>> double('ab')
    'abab'
    >>> double(0.5)
    2
    """
    return x * 2


class K:
    def m(self):
        """
        >>> K().m()
        'm!'
        """
        return 'm'
''')
sys.path.insert(0, TMP)
try:
    import dtmod_sample
    r = doctest.testmod(dtmod_sample)
    print(r)
    r = doctest.testmod(dtmod_sample, name='renamed', verbose=True, optionflags=doctest.FAIL_FAST)
    print(r)
    finder = doctest.DocTestFinder()
    print([(t.name, t.lineno, len(t.examples), os.path.basename(t.filename)) for t in finder.find(dtmod_sample)])
finally:
    sys.path.remove(TMP)
    os.remove(os.path.join(TMP, 'dtmod_sample.py'))
    for root, dirs, files in os.walk(TMP, topdown=False):
        for n in files:
            os.remove(os.path.join(root, n))
        for n in dirs:
            os.rmdir(os.path.join(root, n))
    os.rmdir(TMP)
