# Mandelbrot / Julia ASCII art, a chaos-game Sierpinski triangle and a Koch curve L-system.
import cmath
import math
import random

CHARS = " .,:;-=+*#%@"


def mandel(c, limit=60):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit


def render(fn, w=72, h=24, x0=-2.2, x1=0.8, y0=-1.2, y1=1.2):
    rows, total = [], 0
    for j in range(h):
        y = y1 - (y1 - y0) * j / (h - 1)
        row = []
        for i in range(w):
            x = x0 + (x1 - x0) * i / (w - 1)
            n = fn(complex(x, y))
            total += n
            row.append(CHARS[n * (len(CHARS) - 1) // 60])
        rows.append("".join(row).rstrip())
    return rows, total


rows, total = render(mandel)
print("\n".join(rows))
print("mandel checksum", total)
jc = complex(-0.8, 0.156)
rows, total = render(lambda z: mandel_j(z), 60, 16, -1.6, 1.6, -1.0, 1.0) if False else (None, None)


def julia(z, limit=60):
    for i in range(limit):
        z = z * z + jc
        if z.real * z.real + z.imag * z.imag > 4:
            return i
    return limit


rows, total = render(julia, 60, 16, -1.6, 1.6, -1.0, 1.0)
print("\n".join(rows))
print("julia checksum", total)

rng = random.Random(11)
W, H = 64, 24
grid = [[" "] * W for _ in range(H)]
verts = [(0.0, 0.0), (1.0, 0.0), (0.5, 1.0)]
x, y = rng.random(), rng.random()
for k in range(6000):
    vx, vy = rng.choice(verts)
    x, y = (x + vx) / 2, (y + vy) / 2
    if k > 10:
        grid[H - 1 - int(y * (H - 1))][int(x * (W - 1))] = "*"
print("\n".join("".join(r).rstrip() for r in grid))
print(round(x, 12), round(y, 12), sum(r.count("*") for r in grid))


def lsystem(axiom, rules, n):
    s = axiom
    for _ in range(n):
        s = "".join(rules.get(ch, ch) for ch in s)
    return s


koch = lsystem("F", {"F": "F+F--F+F"}, 4)
pos, ang, pts = 0j, 0.0, [0j]
for ch in koch:
    if ch == "F":
        pos += cmath.rect(1, math.radians(ang))
        pts.append(pos)
    elif ch == "+":
        ang += 60
    elif ch == "-":
        ang -= 60
print(len(koch), koch.count("F"), f"{pos.real:.6f}", f"{abs(pos.imag):.6f}", f"{max(p.imag for p in pts):.6f}")
z = complex(3, -4)
print(z, abs(z), z.conjugate(), cmath.phase(z), cmath.polar(z), cmath.sqrt(-1), cmath.exp(1j * math.pi))
print(complex(0, 0), complex(-0.0, -0.0), 1j ** 2, (1 + 2j) / (3 - 4j), (2 + 0j) ** 0.5, complex("1e3-2.5j"), repr(complex(1.5, float("inf"))))
print(f"{z:.2f}", f"{z:>20}", format(1 + 1j, "^16.3e"), cmath.isclose(cmath.rect(2, math.pi / 2), 2j, abs_tol=1e-12))
try:
    complex(1, 2) < complex(2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(0j ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
