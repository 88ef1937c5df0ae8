# A tiny ray tracer rendering spheres to an ASCII image.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return math.sqrt(self.dot(self))

    def norm(self):
        m = abs(self)
        return self * (1.0 / m) if m else self

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    __hash__ = None


class Ray:
    def __init__(self, origin, direction):
        self.o = origin
        self.d = direction.norm()

    def at(self, t):
        return self.o + self.d * t


class Sphere:
    def __init__(self, center, radius, shade):
        self.c, self.r, self.shade = center, radius, shade

    def intersect(self, ray):
        oc = ray.o - self.c
        b = oc.dot(ray.d)
        c = oc.dot(oc) - self.r * self.r
        disc = b * b - c
        if disc < 0:
            return None
        s = math.sqrt(disc)
        for t in (-b - s, -b + s):
            if t > 1e-6:
                return t
        return None

    def normal(self, p):
        return (p - self.c).norm()


class Plane:
    def __init__(self, point, normal, shade):
        self.p, self.n, self.shade = point, normal.norm(), shade

    def intersect(self, ray):
        denom = self.n.dot(ray.d)
        if abs(denom) < 1e-9:
            return None
        t = (self.p - ray.o).dot(self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n


SCENE = [
    Sphere(Vec(0, 0, 5), 1.2, 1.0),
    Sphere(Vec(-2.2, 0.6, 6.5), 0.9, 0.8),
    Sphere(Vec(1.8, -0.4, 4.2), 0.6, 0.9),
    Plane(Vec(0, -1.2, 0), Vec(0, 1, 0), 0.5),
]
LIGHT = Vec(-4, 5, -2)
RAMP = " .:-=+*#%@"


def trace(ray, depth=0):
    best, hit = math.inf, None
    for obj in SCENE:
        t = obj.intersect(ray)
        if t is not None and t < best:
            best, hit = t, obj
    if hit is None:
        return 0.0
    p = ray.at(best)
    n = hit.normal(p)
    to_light = (LIGHT - p).norm()
    shadow = Ray(p + n * 1e-4, to_light)
    lit = not any((t := o.intersect(shadow)) is not None and t < abs(LIGHT - p) for o in SCENE)
    diffuse = max(0.0, n.dot(to_light)) if lit else 0.0
    color = 0.1 + 0.9 * diffuse * hit.shade
    if depth < 2 and isinstance(hit, Sphere):
        refl = ray.d - n * (2 * ray.d.dot(n))
        color = 0.8 * color + 0.2 * trace(Ray(p + n * 1e-4, refl), depth + 1)
    return min(color, 1.0)


def render(w, h):
    rows = []
    hist = [0] * len(RAMP)
    total = 0.0
    for j in range(h):
        y = 1 - 2 * (j + 0.5) / h
        row = []
        for i in range(w):
            x = (2 * (i + 0.5) / w - 1) * (w / h) * 0.5
            c = trace(Ray(Vec(0, 0, 0), Vec(x, y, 1.5)))
            total += c
            k = min(int(c * len(RAMP)), len(RAMP) - 1)
            hist[k] += 1
            row.append(RAMP[k])
        rows.append("".join(row))
    return rows, hist, total


rows, hist, total = render(64, 28)
for r in rows:
    print(r.rstrip() or "~")
print(hist, f"{total:.6f}", f"{total / (64 * 28):.4%}")
print(Vec(1, 2, 2).norm(), abs(Vec(3, 4, 12)), Vec(1, 0, 0) == Vec(1.0, 0.0, 0.0), -Vec(1, 2, 3), 2 * Vec(1, 1, 1))
try:
    {Vec(0, 0, 0)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    Vec(0, 0, 0).w = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(SCENE[0].intersect(Ray(Vec(0, 0, 0), Vec(0, 0, 1))), SCENE[3].intersect(Ray(Vec(0, 0, 0), Vec(0, 1, 0))))
