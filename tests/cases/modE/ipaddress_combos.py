# Parse every joining of these pieces as an address, a network and an
# interface; print the result or the exception.
import ipaddress
import itertools

pieces = ["1", "0", "255", "256", "01", "::", ":", "ffff", "1.2.3.4", "/24", "/64", "/255.255.0.0",
          "%e", ".", "g", ""]
seen = set()
for a, b, c in itertools.product(pieces, repeat=3):
    s = a + b + c
    if s in seen:
        continue
    seen.add(s)
    out = []
    for f in (ipaddress.ip_address, ipaddress.ip_network, ipaddress.ip_interface):
        try:
            out.append(repr(f(s)))
        except ValueError as e:
            out.append("%s: %s" % (type(e).__name__, e))
    try:
        out.append(repr(ipaddress.ip_network(s, strict=False)))
    except ValueError as e:
        out.append("%s: %s" % (type(e).__name__, e))
    print(repr(s), " | ".join(out))
print(len(seen))
