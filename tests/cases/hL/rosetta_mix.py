import heapq
from collections import Counter, defaultdict
from itertools import groupby, chain, combinations, product, islice
from functools import reduce


def huffman(text):
    heap = [[w, [ch, ""]] for ch, w in sorted(Counter(text).items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        lo = heapq.heappop(heap)
        hi = heapq.heappop(heap)
        for pair in lo[1:]:
            pair[1] = "0" + pair[1]
        for pair in hi[1:]:
            pair[1] = "1" + pair[1]
        heapq.heappush(heap, [lo[0] + hi[0]] + lo[1:] + hi[1:])
    return sorted(heapq.heappop(heap)[1:], key=lambda p: (len(p[1]), p))


codes = huffman("this is an example for huffman encoding")
for ch, code in codes:
    print(repr(ch), code)
enc = "".join(dict(codes)[c] for c in "this is")
print(enc, len(enc))


def lzw_compress(s):
    d = {chr(i): i for i in range(256)}
    w, out = "", []
    for c in s:
        wc = w + c
        if wc in d:
            w = wc
        else:
            out.append(d[w])
            d[wc] = len(d)
            w = c
    if w:
        out.append(d[w])
    return out


def lzw_decompress(codes):
    d = {i: chr(i) for i in range(256)}
    w = chr(codes[0])
    out = [w]
    for k in codes[1:]:
        entry = d[k] if k in d else w + w[0]
        out.append(entry)
        d[len(d)] = w + entry[0]
        w = entry
    return "".join(out)


c = lzw_compress("TOBEORNOTTOBEORTOBEORNOT")
print(c, lzw_decompress(c))


def look_and_say(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


s = "1"
for _ in range(8):
    print(s)
    s = look_and_say(s)


def pascal(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]


rows = list(pascal(8))
w = len(" ".join(map(str, rows[-1])))
for r in rows:
    print(" ".join(map(str, r)).center(w).rstrip())


def spiral(n):
    m = [[0] * n for _ in range(n)]
    x = y = 0
    dx, dy = 1, 0
    for i in range(n * n):
        m[y][x] = i
        nx, ny = x + dx, y + dy
        if not (0 <= nx < n and 0 <= ny < n and m[ny][nx] == 0 and (nx, ny) != (0, 0)):
            dx, dy = -dy, dx
        x, y = x + dx, y + dy
    return m


for row in spiral(5):
    print(" ".join(f"{v:2d}" for v in row))


def zigzag(n):
    idx = sorted(((x, y) for x in range(n) for y in range(n)),
                 key=lambda p: (p[0] + p[1], -p[1] if (p[0] + p[1]) % 2 else p[1]))
    return {p: i for i, p in enumerate(idx)}


z = zigzag(4)
for y in range(4):
    print(" ".join(f"{z[(x, y)]:2}" for x in range(4)))

doors = [False] * 101
for step in range(1, 101):
    for d in range(step, 101, step):
        doors[d] = not doors[d]
print([i for i, open_ in enumerate(doors) if open_])

for n in (99, 2, 1):
    b = lambda k: f"{k if k else 'no more'} bottle{'s' if k != 1 else ''}"
    print(f"{b(n).capitalize()} of beer on the wall, {b(n)} of beer.")
    print(f"Take one down, pass it around, {b(n - 1)} of beer on the wall.\n")


def mandel(w=60, h=20, it=30):
    out = []
    for y in range(h):
        line = ""
        for x in range(w):
            c = complex(-2.2 + 3.2 * x / w, -1.2 + 2.4 * y / h)
            z = 0j
            for i in range(it):
                z = z * z + c
                if abs(z) > 2:
                    break
            line += " .:-=+*#%@"[i % 10] if i < it - 1 else "@"
        out.append(line.rstrip())
    return "\n".join(out)


print(mandel())


def sierpinski(n):
    d = ["*"]
    for i in range(n):
        sp = " " * (2 ** i)
        d = [sp + x + sp for x in d] + [x + " " + x for x in d]
    return d


print("\n".join(sierpinski(4)))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([[ackermann(m, n) for n in range(5)] for m in range(3)], ackermann(2, 3), ackermann(3, 3))
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
fac = Y(lambda f: lambda n: 1 if n < 2 else n * f(n - 1))
print(fac(20), Y(lambda f: lambda n: n if n < 2 else f(n - 1) + f(n - 2))(20))
power_set = lambda s: list(chain.from_iterable(combinations(s, r) for r in range(len(s) + 1)))
print(power_set([1, 2, 3]), len(power_set(range(10))))
gray = [i ^ (i >> 1) for i in range(16)]
print([f"{g:04b}" for g in gray], [reduce(lambda a, b: a ^ b, (g >> s for s in range(4))) & 15 for g in gray] == list(range(16)))


def brainf(code, inp=""):
    tape, ptr, pc, out, ip = defaultdict(int), 0, 0, [], 0
    stack, jump = [], {}
    for i, ch in enumerate(code):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            j = stack.pop()
            jump[i], jump[j] = j, i
    while pc < len(code):
        ch = code[pc]
        if ch == ">": ptr += 1
        elif ch == "<": ptr -= 1
        elif ch == "+": tape[ptr] = (tape[ptr] + 1) % 256
        elif ch == "-": tape[ptr] = (tape[ptr] - 1) % 256
        elif ch == ".": out.append(chr(tape[ptr]))
        elif ch == ",":
            tape[ptr] = ord(inp[ip]) if ip < len(inp) else 0
            ip += 1
        elif ch == "[" and not tape[ptr]: pc = jump[pc]
        elif ch == "]" and tape[ptr]: pc = jump[pc]
        pc += 1
    return "".join(out)


print(brainf("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."))
ants = {}
x, y, d = 0, 0, 0
for _ in range(11000):
    black = ants.get((x, y), False)
    d = (d + (1 if not black else -1)) % 4
    ants[(x, y)] = not black
    x, y = x + (0, 1, 0, -1)[d], y + (-1, 0, 1, 0)[d]
print(sum(ants.values()), (x, y), d)
print(list(islice((p for p in product(range(1, 30), repeat=3) if p[0] < p[1] and p[0] ** 2 + p[1] ** 2 == p[2] ** 2), 6)))
