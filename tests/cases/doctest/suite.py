# doctest.DocTestSuite / DocFileSuite through unittest (results inspected, no timing output)
import doctest
import os
import unittest


def good():
    """
    >>> 1 + 1
    2
    """


def bad():
    """
    >>> 2 * 2
    5
    """


def empty():
    pass


suite = doctest.DocTestSuite()
print(suite.countTestCases(), sorted(t.id() for t in suite))
print(sorted(str(t) for t in suite))
print(sorted(t.shortDescription() for t in suite))
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for test, tb in result.failures:
    print(test.id())
    print(tb.splitlines()[-1])
    lines = [l for l in tb.splitlines() if ('Failed doctest' in l or l.startswith(('Expected', 'Got', '    '))) and 'raise ' not in l]
    print(lines)

fn = 'dt_suite_tmp.txt'
with open(fn, 'w') as f:
    f.write('>>> x = 3\n>>> x * 2\n6\n>>> x\n4\n')
try:
    fs = doctest.DocFileSuite(fn)
    print(fs.countTestCases(), [t.id() for t in fs])
    r = unittest.TestResult()
    fs.run(r)
    print(r.testsRun, len(r.failures))
    msg = r.failures[0][1]
    print([l for l in msg.splitlines() if l.startswith(('Expected', 'Got', '    ', 'Failed')) and 'raise ' not in l])
finally:
    os.remove(fn)
