"""Conversions between RGB and the YIQ, HLS and HSV color systems (coordinates in 0..1)."""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def rgb_to_yiq(r, g, b):
    luma = 0.30 * r + 0.59 * g + 0.11 * b
    dr, db = r - luma, b - luma
    return luma, 0.74 * dr - 0.27 * db, 0.48 * dr + 0.41 * db


def _unit(x):
    return min(max(x, 0.0), 1.0)


def yiq_to_rgb(y, i, q):
    # The inverse of rgb_to_yiq's matrix, clipped to the RGB cube.
    return (_unit(y + 0.9468822170900693 * i + 0.6235565819861433 * q),
            _unit(y - 0.27478764629897834 * i - 0.6356910791873801 * q),
            _unit(y - 1.1085450346420322 * i + 1.7090069284064666 * q))


def _hue_of(r, g, b, top, spread):
    # Which sextant of the hue circle, from the component that is largest.
    dr, dg, db = ((top - c) / spread for c in (r, g, b))
    if top == r:
        h = db - dg
    elif top == g:
        h = 2.0 + dr - db
    else:
        h = 4.0 + dg - dr
    return (h / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    top, bottom = max(r, g, b), min(r, g, b)
    light = (top + bottom) / 2.0
    if top == bottom:
        return 0.0, light, 0.0
    spread = top - bottom
    sat = spread / (top + bottom) if light <= 0.5 else spread / (2.0 - top - bottom)
    return _hue_of(r, g, b, top, spread), light, sat


def _channel(lo, hi, hue):
    hue %= 1.0
    if hue < ONE_SIXTH:
        return lo + (hi - lo) * hue * 6.0
    if hue < 0.5:
        return hi
    if hue < TWO_THIRD:
        return lo + (hi - lo) * (TWO_THIRD - hue) * 6.0
    return lo


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    hi = l * (1.0 + s) if l <= 0.5 else l + s - l * s
    lo = 2.0 * l - hi
    return (_channel(lo, hi, h + ONE_THIRD), _channel(lo, hi, h),
            _channel(lo, hi, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    top, bottom = max(r, g, b), min(r, g, b)
    if top == bottom:
        return 0.0, 0.0, top
    spread = top - bottom
    return _hue_of(r, g, b, top, spread), spread / top, top


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    frac = h * 6.0 - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * frac)
    t = v * (1.0 - s * (1.0 - frac))
    return ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))[sector % 6]
