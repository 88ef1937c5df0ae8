import asyncio
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch
import re
def clean(s): return re.sub(r"id='\d+'", "id=X", str(s))
am = AsyncMock(return_value=5)
print(clean(am), clean(am.return_value) if False else "", type(am.attr).__name__, type(am()).__name__ if False else "")
async def main():
    r = await am(1, k=2)
    print(r, am.call_count, am.await_count, am.await_args, am.await_args_list, am.call_args, am.called)
    am.assert_awaited(); am.assert_awaited_once(); am.assert_awaited_with(1, k=2); am.assert_awaited_once_with(1, k=2); am.assert_any_await(1, k=2)
    am.assert_has_awaits([call(1, k=2)])
    for f in [lambda: am.assert_awaited_with(2), lambda: am.assert_not_awaited(), lambda: AsyncMock().assert_awaited(), lambda: am.assert_any_await(9), lambda: am.assert_has_awaits([call(3)]), lambda: AsyncMock(name="named").assert_awaited_once()]:
        try: f()
        except AssertionError as e: print("AE", e)
    s = AsyncMock(side_effect=[1, ValueError("v")])
    print(await s())
    try: await s()
    except ValueError as e: print("VE", e)
    try: await s()
    except StopAsyncIteration as e: print("StopAsyncIteration", repr(e))
    async def eff(x): return x * 3
    print(await AsyncMock(side_effect=eff)(4), await AsyncMock(side_effect=lambda x: x + 1)(1))
    e = AsyncMock(side_effect=KeyError("k"))
    try: await e()
    except KeyError as ex: print("KeyError", ex)
    c = am(7)
    print(am.call_count, am.await_count, type(c).__name__)
    await c
    print(am.await_count, am.await_args)
    child = am.method
    print(type(child).__name__, await child() is child.return_value)
    mm = MagicMock()
    async with mm as v: print(type(v).__name__)
    print(mm.__aenter__.await_count, mm.__aexit__.await_count, type(mm.__aenter__).__name__)
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])
    am.reset_mock(); print(am.await_count, am.await_args, am.call_count)
    async def real(a, b): return a
    m = Mock(spec=real); print(type(m).__name__)
    m2 = MagicMock(spec=real); print(type(m2).__name__)
    class Api:
        async def fetch(self, u): return u
        def sync(self): pass
    spec_m = MagicMock(spec=Api); print(type(spec_m.fetch).__name__, type(spec_m.sync).__name__)
    print(await spec_m.fetch("x") is not None)
    with patch.object(Api, "fetch") as pf:
        print(type(pf).__name__, await Api().fetch("u") is pf.return_value)
    print(am.await_args_list, am.mock_calls)
asyncio.run(main())
print(AsyncMock().await_args)
