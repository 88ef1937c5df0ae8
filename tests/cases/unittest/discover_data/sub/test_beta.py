# Test module in a package, found by discover.py.
import unittest


class Beta(unittest.TestCase):
    def test_in_package(self):
        pass
