import heapq, itertools, math, calendar, datetime, functools, collections, fractions, decimal, string, sys
# Huffman coding
def huffman(text):
    freq = collections.Counter(text)
    heap = [[w, [ch, ""]] for ch, w in freq.items()]
    heapq.heapify(heap)
    while len(heap) > 1:
        lo = heapq.heappop(heap); hi = heapq.heappop(heap)
        for pair in lo[1:]: pair[1] = "0" + pair[1]
        for pair in hi[1:]: pair[1] = "1" + pair[1]
        heapq.heappush(heap, [lo[0] + hi[0]] + lo[1:] + hi[1:])
    return sorted(heapq.heappop(heap)[1:], key=lambda p: (len(p[-1]), p))
for ch, code in huffman("this is an example for huffman encoding"):
    print(repr(ch), code)
# look and say
def look_and_say(s): return "".join(str(len(list(g))) + k for k, g in itertools.groupby(s))
s = "1"
for _ in range(8): print(s); s = look_and_say(s)
# pi spigot
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m); q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pi_digits(60))
# N-queens
def queens(n):
    for p in itertools.permutations(range(n)):
        if n == len({p[i] + i for i in range(n)}) == len({p[i] - i for i in range(n)}):
            yield p
sols = list(queens(6)); print(len(sols), sols[0])
# knapsack
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
@functools.lru_cache(maxsize=None)
def best(i, cap):
    if i == len(items): return 0, ()
    skip = best(i + 1, cap)
    name, w, v = items[i]
    if w <= cap:
        val, chosen = best(i + 1, cap - w)
        if val + v > skip[0]: return val + v, (name,) + chosen
    return skip
print(best(0, 200), best.cache_info().hits > 0)
# calendar / dates
print(calendar.month(2024, 2, w=3))
print([calendar.day_name[datetime.date(y, 12, 25).weekday()] for y in range(2020, 2026)])
print([y for y in range(2008, 2122) if datetime.date(y, 12, 25).weekday() == 6][:6])
print(datetime.date(2007, 11, 10).strftime("%A, %B %d, %Y"), datetime.date(2007, 11, 10).isoformat())
last_fridays = [max(week[calendar.FRIDAY] for week in calendar.monthcalendar(2012, m)) for m in range(1, 13)]; print(last_fridays)
# continued fractions
def cf(x, n):
    out = []
    for _ in range(n):
        a = math.floor(x); out.append(a); x -= a
        if x == 0: break
        x = 1 / x
    return out
print(cf(fractions.Fraction(415, 93), 10), cf(fractions.Fraction(math.sqrt(2)).limit_denominator(10 ** 6), 8))
decimal.getcontext().prec = 50
print(decimal.Decimal(2).sqrt(), decimal.Decimal(1) / decimal.Decimal(7), (decimal.Decimal(1) + decimal.Decimal(1) / 10 ** 6) ** 10 ** 6)
# Roman numerals
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, r in vals:
        q, n = divmod(n, v); out += r * q
    return out
print([roman(n) for n in (1990, 2008, 1666, 3999, 4)])
# Levenshtein
def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print(lev("kitten", "sitting"), lev("rosettacode", "raisethysword"))
# anagrams
words = "listen silent enlist google elgoog inlets banana tinsel abc cab bca".split()
groups = collections.defaultdict(list)
for w in words: groups["".join(sorted(w))].append(w)
print(sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g)))
# Mandelbrot
for y in range(-6, 7):
    row = ""
    for x in range(-20, 8):
        c = complex(x / 10, y / 6); z = 0j; i = 0
        while abs(z) < 2 and i < 30: z = z * z + c; i += 1
        row += " .:-=+*#%@"[i % 10]
    print(row)
print(sys.getrecursionlimit(), math.factorial(25), 2 ** 100 % 997, pow(3, -1, 7), divmod(-7, 2), round(-2.5), int("ff", 16), f"{255:#010b}")
