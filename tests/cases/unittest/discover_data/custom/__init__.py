# A package whose load_tests decides what discover finds in it.
import unittest


class Hidden(unittest.TestCase):
    def test_never(self):
        pass


class Chosen(unittest.TestCase):
    def test_chosen(self):
        pass


def load_tests(loader, tests, pattern):
    return loader.loadTestsFromTestCase(Chosen)
