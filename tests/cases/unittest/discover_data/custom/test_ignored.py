# Not loaded by discover: the package's load_tests takes over.
import unittest


class Ignored(unittest.TestCase):
    def test_ignored(self):
        pass
