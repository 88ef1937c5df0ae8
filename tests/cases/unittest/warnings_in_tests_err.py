# unittest.main() turns on the 'default' warnings filter while tests run (deprecated aliases once per module).
import time, unittest, warnings
time.perf_counter = lambda: 0.0
class T(unittest.TestCase):
    def test_old(self):
        self.assertEquals(1, 1)
        self.assertEquals(2, 2)
        self.failUnless(True)
    def test_warn(self):
        warnings.warn("user warning in test")
        warnings.warn("dep in test", DeprecationWarning)
unittest.main(exit=False)
warnings.warn("outside", DeprecationWarning)
