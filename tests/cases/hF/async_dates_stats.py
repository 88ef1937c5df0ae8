import asyncio
from datetime import date, datetime, timedelta, time, timezone
import calendar, statistics

async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done(); break
        await asyncio.sleep(0)
        results.append((name, item * item))
        q.task_done()
async def main():
    q = asyncio.Queue()
    results = []
    ws = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    for i in range(10): await q.put(i)
    for _ in ws: await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
    print(sorted(r[1] for r in results))
    async def compute(x, delay):
        await asyncio.sleep(delay)
        return x * 10
    r = await asyncio.gather(compute(1, 0.002), compute(2, 0.001), compute(3, 0))
    print(r)
    async def fails(): raise ValueError("task failed")
    r = await asyncio.gather(compute(1, 0), fails(), return_exceptions=True)
    print(r)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0); t.cancel()
    try: await t
    except asyncio.CancelledError: print("cancelled", t.cancelled())
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0); yield i
    print([x async for x in agen(4)])
    class ACM:
        async def __aenter__(self): print("enter"); return self
        async def __aexit__(self, *a): print("exit", a[0]); return True
    async with ACM():
        raise KeyError("swallowed")
    lock = asyncio.Lock(); ev = asyncio.Event()
    async def setter(): await asyncio.sleep(0); ev.set()
    asyncio.create_task(setter()); await ev.wait(); print("event set", ev.is_set())
    async with lock: print("locked", lock.locked())
    return "main done"
print(asyncio.run(main()))
try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", eg.exceptions)
except* TypeError as eg:
    print("types:", eg.exceptions, eg.message)
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2)])])
print(eg, repr(eg), eg.split(KeyError)[0], eg.subgroup(ValueError))
d = date(2024, 2, 29)
print(d, d + timedelta(days=1), d.strftime("%A %d %B %Y"), d.isoformat(), d.weekday(), d.isoweekday(), d.replace(year=2025, day=28), d.toordinal())
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, dt + timedelta(seconds=45), repr(dt), dt.strftime("%Y-%m-%d %H:%M:%S.%f %j %a %b %p %I"), dt.date(), dt.time(), dt.timestamp() if False else "")
print(timedelta(days=1, hours=25, minutes=-1), timedelta(seconds=-1), repr(timedelta(hours=1)), timedelta(weeks=2).total_seconds(), timedelta(days=1) // timedelta(hours=5), timedelta(microseconds=1.5))
print(datetime(2024, 1, 1) - datetime(2023, 1, 1), datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2020-05-06T07:08:09+02:00"))
print(datetime(2020, 1, 1, tzinfo=timezone.utc), datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=-5))).astimezone(timezone.utc), time(13, 5).strftime("%I:%M %p"), date.fromisoformat("2000-01-01").ctime())
print(calendar.isleap(1900), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 7))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), statistics.stdev(data), statistics.variance(data), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.multimode("aabbc"), statistics.quantiles(range(1, 11), n=4), statistics.fmean([1, 2]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1, 2]))
try: statistics.mean([])
except statistics.StatisticsError as e: print(e)
