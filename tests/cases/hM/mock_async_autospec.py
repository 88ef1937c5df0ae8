import unittest, io, re, asyncio
from unittest.mock import AsyncMock, create_autospec, patch, MagicMock
async def fetch(url, timeout=5): return "real"
class Client:
    async def get(self, path): return path
    def close(self): pass
af = create_autospec(fetch)
print(asyncio.run(af("u")) is not None, af.await_count, af.call_count)
try: af()
except TypeError as e: print("TypeError", e)
C = create_autospec(Client)
inst = C()
print(type(inst.get).__name__, asyncio.run(inst.get("/x")) is not None, inst.get.await_args)
try: inst.get()
except TypeError as e: print("TypeError", e)
class T(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.client = AsyncMock()
        self.client.get.return_value = {"ok": True}
    async def test_get(self):
        r = await self.client.get("/a")
        self.assertEqual(r, {"ok": True})
        self.client.get.assert_awaited_once_with("/a")
    async def test_fail(self):
        await self.client.get("/b")
        self.client.get.assert_awaited_with("/c")
    async def test_patch(self):
        with patch(__name__ + ".fetch", new_callable=AsyncMock, return_value="mocked") as pf:
            self.assertEqual(await fetch("z"), "mocked")
        pf.assert_awaited()
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(T))
print([l for l in buf.getvalue().splitlines() if " ... " in l or l.startswith(("FAIL", "OK", "Ran", "Expected", "  Actual", "AssertionError"))][:-1] if False else [l for l in buf.getvalue().splitlines() if " ... " in l or l.startswith(("FAIL", "OK", "Expected", "  Actual", "AssertionError"))])
