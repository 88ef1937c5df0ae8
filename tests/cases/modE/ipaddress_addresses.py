import ipaddress

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, ":", e)
    else:
        print(repr(r))

for a in ["192.168.0.1", "0.0.0.0", "255.255.255.255", 3232235521, b"\x7f\x00\x00\x01",
          "::1", "::", "2001:db8::1", "2001:DB8:0:0:8:800:200C:417A", "::ffff:192.0.2.128",
          2**32, 2**100, b"\x00" * 16, "1:0:0:1:0:0:0:1", "1:0:0:0:1:0:0:0",
          "0:0:1::", "1::", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "2001:0:0:1::1"]:
    ip = ipaddress.ip_address(a)
    print(repr(ip), str(ip), ip.version, ip.max_prefixlen, int(ip), ip.packed)
    print("  ", ip.exploded, ip.compressed, ip.reverse_pointer)

for bad in ["", "1.2.3", "1.2.3.4.5", "1.2.3.256", "01.2.3.4", "1.2.3.a", "1.2.3.1234",
            "1..2.3", "1.2.3.4/24", ":", "1:2", "1:::2", "1::2::3", ":1:2:3:4:5:6:7",
            "1:2:3:4:5:6:7:", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "12345::",
            "g::", "::1.2.3", "1:2:3:4:5:6:7::8:9", ":1::2", "1::2:", "fe80::1%",
            "fe80::1%a%b", -1, ":1:2:3:4:5:6:7:8", ":::", "1:2:3:4::5:6:7:8", "::1:2:3:4:5:6:7", 2**128, b"\x01\x02", None, 1.5, "1:2:3:4:5:6:1.2.3.4:5"]:
    show(lambda: ipaddress.ip_address(bad))
    for cls in (ipaddress.IPv4Address, ipaddress.IPv6Address):
        show(lambda: cls(bad))

v4 = ipaddress.IPv4Address
v6 = ipaddress.IPv6Address
print(v4("10.0.0.1") + 5, v4("10.0.0.1") - 2, v6("::1") + 0xffff)
show(lambda: v4("255.255.255.255") + 1)
show(lambda: v4("0.0.0.0") - 1)
show(lambda: v4("1.2.3.4") + "x")
print(v4("1.2.3.4") == v4("1.2.3.4"), v4("1.2.3.4") != v4("1.2.3.5"), v4("1.2.3.4") < v4("1.2.3.5"))
print(v4("1.2.3.4") >= v4("1.2.3.5"), v4("1.2.3.4") <= v4("1.2.3.4"), v4("1.0.0.0") > v4("0.255.255.255"))
print(v4("0.0.0.1") == v6("::1"), v4("1.2.3.4") == "1.2.3.4", v6("fe80::1%eth0") == v6("fe80::1"))
show(lambda: v4("1.2.3.4") < v6("::1"))
show(lambda: v4("1.2.3.4") < 5)
show(lambda: v4("1.2.3.4") > ipaddress.ip_network("1.2.3.0/24"))
print(sorted([v4("10.0.0.2"), v4("9.255.0.0"), v4("10.0.0.1")]))
print(len({v4("1.1.1.1"), v4("1.1.1.1"), v6("::1")}), hash(v4("1.2.3.4")) == hash(v4("1.2.3.4")))
print(min(v6("::2"), v6("::1")), max(v6("::2"), v6("::1")))
for spec in ["", "s", ">20s", "b", "#b", "_b", "#_b", "x", "#x", "_x", "X", "#X", "n", "#_n"]:
    print(repr(spec), format(v4("192.168.1.1"), spec), format(v6("2001:db8::1"), spec))
show(lambda: format(v4("1.2.3.4"), "d"))
show(lambda: f"{v4('10.0.0.1'):>15}|")
print(ipaddress.v4_int_to_packed(3232235521), ipaddress.v6_int_to_packed(1))
show(lambda: ipaddress.v4_int_to_packed(2**32))
show(lambda: ipaddress.v6_int_to_packed(-1))
x = v6("fe80::1%eth0")
print(x.scope_id, v6("fe80::1").scope_id, str(x), repr(x), x.compressed, x.packed)
print(x == v6("fe80::1%eth0"), x == v6("fe80::1%eth1"), len({x, v6("fe80::1")}))
print(ipaddress.IPV4LENGTH, ipaddress.IPV6LENGTH)
print(issubclass(ipaddress.AddressValueError, ValueError), issubclass(ipaddress.NetmaskValueError, ValueError))
try:
    v4("1.2.3.4").foo = 1
except AttributeError as e:
    print("AttributeError", e)
