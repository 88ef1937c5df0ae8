# Not a test module (does not match test*.py): discover must not import it.
import unittest

unittest.HELPER_IMPORTED = True
