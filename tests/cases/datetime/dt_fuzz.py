# Deterministic pseudo-random round trips through isoformat/fromisoformat and strftime/strptime.
from datetime import datetime, timedelta, timezone, time
state = 987654321
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 20) % n
fmts = ["%Y-%m-%d %H:%M:%S.%f", "%d/%m/%y %I:%M %p", "%A %d %B %Y", "%j %Y %H", "%Y %W %w %H:%M", "%Y %U %a", "%G-W%V-%u", "%c", "%x %X", "%Y%m%dT%H%M%S%z"]
for i in range(250):
    off = rnd(3)
    tz = None if off == 0 else (timezone.utc if off == 1 else timezone(timedelta(minutes=rnd(2 * 1439) - 1439)))
    d = datetime(1 + rnd(9999), 1 + rnd(12), 1 + rnd(28), rnd(24), rnd(60), rnd(60), rnd(10**6) if rnd(2) else 0, tz)
    spec = ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"][rnd(6)]
    s = d.isoformat(sep="T " [rnd(2)], timespec=spec)
    back = datetime.fromisoformat(s)
    f = fmts[rnd(len(fmts))]
    text = d.strftime(f)
    try:
        parsed = repr(datetime.strptime(text, f))
    except ValueError as e:
        parsed = "ValueError: %s" % e
    t = d.timetz()
    print(s, repr(back), back == d.replace(microsecond=back.microsecond, second=back.second, minute=back.minute), repr(text), parsed, t.isoformat(spec), repr(time.fromisoformat(t.isoformat())))
