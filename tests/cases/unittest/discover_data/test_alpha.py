# Test module found by discover.py (also runs standalone: defines tests only).
import unittest


class Alpha(unittest.TestCase):
    def test_pass(self):
        self.assertTrue(True)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
