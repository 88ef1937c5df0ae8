# Deterministic pseudo-random cross-check of timedelta rounding (own LCG, no hash order).
from datetime import timedelta, date, datetime
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11
def rfloat(scale):
    return (rnd() / 2**53 - 0.5) * scale
out = []
for i in range(300):
    kw = {}
    for name, scale in (("days", 2000), ("seconds", 1e6), ("microseconds", 1e7), ("milliseconds", 1e5), ("minutes", 1e4), ("hours", 500), ("weeks", 100)):
        r = rnd() % 4
        if r == 0:
            kw[name] = rfloat(scale)
        elif r == 1:
            kw[name] = int(rfloat(scale))
    td = timedelta(**kw)
    f = rfloat(10)
    k = int(rfloat(1000)) or 3
    other = timedelta(seconds=rfloat(1e5)) or timedelta(1)
    out.append("%r %s %s %s %s %s %r" % (td, td * f, td / (f or 1.0), td / k, td // k, td % other, td / other))
    o = 1 + rnd() % 3652059
    d = date.fromordinal(o)
    out.append("%s %s %s %d" % (d, d.isocalendar(), d.strftime("%a %j %U %W"), d.weekday()))
    ts = rfloat(2e10)
    out.append("%s %s" % (datetime.utcfromtimestamp(ts), repr(ts)))
print("\n".join(out))
