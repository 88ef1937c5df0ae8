# unittest.mock used from TestCase methods: patch decorators, failures reported by the runner.
import io
import os
import re
import unittest
from unittest import mock


class Service:
    def __init__(self, client):
        self.client = client

    def fetch(self, key):
        data = self.client.get(key)
        if data is None:
            raise LookupError(key)
        return data.upper()


class ServiceTests(unittest.TestCase):
    def setUp(self):
        self.client = mock.Mock()
        self.service = Service(self.client)

    def test_fetch(self):
        self.client.get.return_value = "value"
        self.assertEqual(self.service.fetch("k"), "VALUE")
        self.client.get.assert_called_once_with("k")

    def test_missing(self):
        self.client.get.return_value = None
        with self.assertRaises(LookupError):
            self.service.fetch("gone")

    def test_wrong_expectation(self):
        self.client.get.return_value = "x"
        self.service.fetch("a")
        self.client.get.assert_called_with("b")

    @mock.patch("os.getcwd", return_value="/patched")
    def test_patched(self, getcwd):
        self.assertEqual(os.getcwd(), "/patched")
        getcwd.assert_called_once_with()

    @mock.patch.object(Service, "fetch")
    def test_patch_object(self, fetch):
        fetch.return_value = 42
        self.assertEqual(Service(None).fetch("z"), 42)
        self.assertEqual(fetch.call_args, mock.call("z"))

    def test_magic(self):
        m = mock.MagicMock()
        m.__len__.return_value = 3
        m.__getitem__.return_value = "item"
        self.assertEqual(len(m), 3)
        self.assertEqual(m[0], "item")
        m.__getitem__.assert_called_with(0)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(ServiceTests))
# The traceback of the failure passes through mock's own source: show only the verdicts.
print(stream.getvalue().split("=" * 70)[0])
for test, text in result.failures:
    print(test, text.splitlines()[-3:])
print(os.getcwd() != "/patched", Service.fetch.__name__)
