# Character properties and case mappings of every code point, summarised as per-block
# checksums so the output stays small.
RANGES = [(0, 0x20000), (0x20000, 0x20100), (0x2A6D0, 0x2A6F0), (0x2F800, 0x2FA20), (0x30000, 0x30010),
          (0xE0000, 0xE0200), (0xF0000, 0xF0010), (0x10FFFE, 0x110000)]
BLOCK = 0x800


def props(c):
    bits = 0
    for i, f in enumerate((c.isalpha, c.isdecimal, c.isdigit, c.isnumeric, c.islower, c.isupper, c.istitle,
                           c.isspace, c.isprintable, c.isidentifier, c.isalnum)):
        if f():
            bits |= 1 << i
    if ("a" + c).isidentifier():
        bits |= 1 << 11
    return bits


def mapsum(s):
    h = len(s)
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


for lo, hi in RANGES:
    for start in range(lo, hi, BLOCK):
        end = min(start + BLOCK, hi)
        p = 0
        m = 0
        for cp in range(start, end):
            if 0xD800 <= cp < 0xE000:
                continue
            c = chr(cp)
            p = (p * 7 + props(c)) % 1000000007
            m = (m * 13 + mapsum(c.lower()) + 3 * mapsum(c.upper()) + 5 * mapsum(c.title()) + 7 * mapsum(c.casefold())
                 + 11 * mapsum(c.swapcase()) + 17 * mapsum(c.capitalize())) % 1000000007
        print(hex(start), p, m)
