# buffer=True also captures the output of class and module fixtures; it is shown
# (and attached to the report) only when the fixture fails.
import io
import re
import sys
import unittest


class Loud(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('class setup talks')
        raise RuntimeError('class setup failed')

    def test_never(self):
        pass


class Quiet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('quiet setup output')

    @classmethod
    def tearDownClass(cls):
        sys.stderr.write('teardown complains\n')
        raise ValueError('teardown failed')

    def test_ok(self):
        print('test output hidden')


def run(*classes):
    stream = io.StringIO()
    suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromTestCase(c)
                               for c in classes)
    saved = sys.stderr
    sys.stderr = sys.stdout
    try:
        result = unittest.TextTestRunner(stream=stream, buffer=True, verbosity=2).run(suite)
    finally:
        sys.stderr = saved
    print(re.sub(r'in \d+\.\d{3}s', 'in X.XXXs', stream.getvalue()))
    return result


r = run(Loud, Quiet)
print([str(t) for t, _ in r.errors])
print(r.errors[0][1].split('\n')[-4:])
