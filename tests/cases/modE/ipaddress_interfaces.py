import ipaddress

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, ":", e)
    else:
        print(repr(r))

for spec in ["192.0.2.5/24", "192.0.2.5", "192.0.2.5/255.255.255.0", "192.0.2.5/0.0.0.255",
             ("192.0.2.5", 24), 3221225989, "2001:db8::1/64", "2001:db8::1", ("::1", 128),
             "fe80::1%eth0/64"]:
    i = ipaddress.ip_interface(spec)
    print(repr(i), str(i), i.ip, repr(i.network), i.netmask, i.hostmask)
    print("  ", i.with_prefixlen, i.with_netmask, i.with_hostmask, i.compressed, int(i), i.version)
    print("  ", isinstance(i, ipaddress.IPv4Address) or isinstance(i, ipaddress.IPv6Address))
print(ipaddress.ip_interface("2001:db8::1/64").exploded, ipaddress.ip_interface("10.0.0.1/8").exploded)
for bad in ["192.0.2.5/33", "x", "1.2.3.4/24/1", "2001:db8::1/200", "1.2.3.4/255.0.255.0"]:
    show(lambda: ipaddress.ip_interface(bad))
    show(lambda: ipaddress.IPv4Interface(bad))
    show(lambda: ipaddress.IPv6Interface(bad))
I = ipaddress.IPv4Interface
print(I("1.2.3.4/24") == I("1.2.3.4/24"), I("1.2.3.4/24") == I("1.2.3.4/16"),
      I("1.2.3.4/24") == ipaddress.ip_address("1.2.3.4"), I("1.2.3.4/24") < I("1.2.3.5/24"),
      I("1.2.3.4/24") < I("1.2.3.4/16"), I("1.2.3.4/16") < I("1.2.3.4/24"))
print(sorted([I("10.0.0.2/8"), I("10.0.0.1/16"), I("10.0.0.1/8")]))
print(len({I("1.2.3.4/24"), I("1.2.3.4/24"), I("1.2.3.4/25")}))
print(I("1.2.3.4/24") + 1, type(I("1.2.3.4/24") + 1).__name__)
print(ipaddress.ip_interface("1.2.3.4/24").ip in ipaddress.ip_network("1.2.3.0/24"))
