# IsolatedAsyncioTestCase: async setUp/tearDown, async tests and cleanups (awaiting coroutines).
import io
import re
import unittest

events = []


async def double(x):
    return x * 2


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        events.append("asyncSetUp")
        self.value = await double(21)

    def setUp(self):
        events.append("setUp")

    async def test_value(self):
        events.append("test_value")
        self.assertEqual(self.value, 42)
        self.addAsyncCleanup(self.cleanup, "async cleanup")

    async def test_fails(self):
        self.assertEqual(await double(1), 3)

    def test_sync(self):
        events.append("test_sync")

    async def cleanup(self, label):
        events.append(label)

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(AsyncTests))
# CPython's tracebacks here pass through asyncio's frames: compare the verdicts only.
print(stream.getvalue().split("=" * 70)[0])
print([(str(t), e.splitlines()[-1]) for t, e in result.failures])
print(events)
