# Failure reports on stderr from unittest.main: errors in setUp, tearDown and cleanups,
# failing subtests, expected failures, unexpected successes, buffered output, custom
# failureException, assertion helpers called from helpers (timer frozen).
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class MyFailure(AssertionError):
    pass


def check_positive(case, n):
    case.assertGreater(n, 0, 'helper says')


class Reports(unittest.TestCase):
    def test_setup_error(self):
        pass

    def setUp(self):
        if self._testMethodName == 'test_setup_error':
            raise OSError('setUp broke')

    def tearDown(self):
        if self._testMethodName == 'test_teardown_error':
            raise ValueError('tearDown broke')

    def test_teardown_error(self):
        pass

    def test_cleanups(self):
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(lambda: self.fail('cleanup failed'))

    def test_sub(self):
        for n in (1, -1, 2, -2):
            with self.subTest(n=n):
                check_positive(self, n)

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual([1, 2], [1, 3])

    @unittest.expectedFailure
    def test_xpass(self):
        """Expected to fail, but passes."""

    def test_buffered(self):
        print('captured line')
        sys.stderr.write('captured err')
        self.assertIn('z', 'abc')

    def test_long_diff(self):
        self.assertEqual({'k%d' % i: i for i in range(30)}, {'k%d' % i: i + (i == 7) for i in range(30)})


class Custom(unittest.TestCase):
    failureException = MyFailure
    longMessage = False

    def test_custom(self):
        self.assertEqual(1, 2, 'short message only')

    def test_true(self):
        self.assertTrue(0)


if __name__ == '__main__':
    unittest.main(buffer=True, verbosity=2)
