import ipaddress

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, ":", e)
    else:
        print(repr(r))

N4 = ipaddress.IPv4Network
N6 = ipaddress.IPv6Network
for spec in ["192.168.0.0/24", "10.0.0.0/255.0.0.0", "10.0.0.0/0.255.255.255", "1.2.3.4",
             "1.2.3.4/32", "0.0.0.0/0", ("10.0.0.0", 8), ("10.0.0.0", "255.255.0.0"), (167772160, 8),
             167772160, b"\x0a\x00\x00\x00", "2001:db8::/32", "::/0", "2001:db8::1/128",
             ("2001:db8::", 48)]:
    n = ipaddress.ip_network(spec)
    print(repr(n), str(n), n.num_addresses, n.prefixlen, n.netmask, n.hostmask)
    print("  ", n.network_address, n.broadcast_address, n.with_prefixlen, n.with_netmask,
          n.with_hostmask)
    print("  ", n.exploded, n.compressed, n.version, n.max_prefixlen)

for bad in ["10.0.0.1/24", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/a", "10.0.0.0/255.0.255.0",
            "10.0.0.0/1.2.3", "10.0.0.0/24/2", "10.0.0.0/", "2001:db8::1/32", "::/129",
            "::/ffff::", "x/24", ("10.0.0.0", 40), ("1.0.0.0", "255.x.0.0"), "10.0.0.0/ 8",
            "10.0.0.0/08", "2001:db8::/032"]:
    show(lambda: ipaddress.ip_network(bad))
    show(lambda: N4(bad))
    show(lambda: N6(bad))
print(ipaddress.ip_network("10.0.0.1/24", strict=False), N4("10.0.0.1/255.255.0.0", False))
print(N6("2001:db8::1/32", strict=False))

n = N4("192.0.2.0/29")
print(list(n), list(n.hosts()), n[0], n[-1], n[3], n[-3])
show(lambda: n[8])
show(lambda: n[-9])
print(list(N4("10.0.0.0/31").hosts()), N4("10.0.0.5/32").hosts(), list(N4("10.0.0.0/30").hosts()))
print(list(N6("2001:db8::/126").hosts()), list(N6("2001:db8::/127").hosts()), N6("::1/128").hosts())
print(ipaddress.ip_address("192.0.2.3") in n, ipaddress.ip_address("192.0.2.9") in n,
      ipaddress.ip_address("::1") in n, N4("192.0.2.0/30") in n)
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=31)))
print(list(N4("1.2.3.4/32").subnets()), N4("0.0.0.0/0").supernet())
show(lambda: list(n.subnets(new_prefix=28)))
show(lambda: list(n.subnets(prefixlen_diff=2, new_prefix=31)))
show(lambda: list(n.subnets(prefixlen_diff=-1)))
show(lambda: list(n.subnets(prefixlen_diff=4)))
print(n.supernet(), n.supernet(prefixlen_diff=5), n.supernet(new_prefix=16))
show(lambda: n.supernet(new_prefix=30))
show(lambda: n.supernet(prefixlen_diff=2, new_prefix=24))
show(lambda: n.supernet(prefixlen_diff=30))
print(list(N6("2001:db8::/32").subnets(new_prefix=34)), N6("2001:db8::/32").supernet(new_prefix=16))
a = N4("192.0.2.0/28")
b = N4("192.0.2.1/32")
print(list(a.address_exclude(b)))
print(list(N4("10.0.0.0/8").address_exclude(N4("10.128.0.0/9"))), list(a.address_exclude(a)))
show(lambda: list(a.address_exclude(N4("10.0.0.0/8"))))
show(lambda: list(a.address_exclude(N6("::/0"))))
show(lambda: list(a.address_exclude(ipaddress.ip_address("192.0.2.1"))))
print(a.overlaps(b), a.overlaps(N4("192.0.3.0/24")), N4("10.0.0.0/8").overlaps(N4("10.1.0.0/16")))
print(b.subnet_of(a), a.subnet_of(b), a.supernet_of(b), a.subnet_of(a))
show(lambda: a.subnet_of(N6("::/0")))
show(lambda: a.subnet_of(ipaddress.ip_address("1.1.1.1")))
print(a.compare_networks(b), b.compare_networks(a), a.compare_networks(a),
      a.compare_networks(N4("192.0.2.0/24")))
show(lambda: a.compare_networks(N6("::/0")))
print(a == N4("192.0.2.0/28"), a != b, a < N4("192.0.2.0/29"), a > N4("192.0.1.0/24"))
print(sorted([N4("10.0.0.0/8"), N4("9.0.0.0/8"), N4("10.0.0.0/16"), N4("10.0.0.0/7")]))
show(lambda: a < N6("::/0"))
show(lambda: a < ipaddress.ip_address("1.1.1.1"))
print(a == "192.0.2.0/28", len({a, N4("192.0.2.0/28")}))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("192.0.2.0"),
                                             ipaddress.ip_address("192.0.2.130"))))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("0.0.0.0"),
                                             ipaddress.ip_address("255.255.255.255"))))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("::1"),
                                             ipaddress.ip_address("::10"))))
show(lambda: list(ipaddress.summarize_address_range(ipaddress.ip_address("1.1.1.2"),
                                                    ipaddress.ip_address("1.1.1.1"))))
show(lambda: list(ipaddress.summarize_address_range(a, b)))
show(lambda: list(ipaddress.summarize_address_range(ipaddress.ip_address("1.1.1.2"),
                                                    ipaddress.ip_address("::1"))))
print(list(ipaddress.collapse_addresses([N4("192.0.2.0/25"), N4("192.0.2.128/25")])))
print(list(ipaddress.collapse_addresses([ipaddress.ip_address("10.0.0.%d" % i) for i in range(7)])))
print(list(ipaddress.collapse_addresses([N4("10.0.0.0/24"), N4("10.0.0.0/16"), N4("10.1.0.0/16"),
                                         N4("11.0.0.0/8"), ipaddress.ip_address("10.3.0.1"),
                                         ipaddress.ip_interface("12.0.0.1/32")])))
print(list(ipaddress.collapse_addresses([N6("2001:db8::/33"), N6("2001:db8:8000::/33")])))
print(list(ipaddress.collapse_addresses([])))
show(lambda: list(ipaddress.collapse_addresses([ipaddress.ip_address("1.1.1.1"),
                                                ipaddress.ip_address("::1")])))
show(lambda: list(ipaddress.collapse_addresses([N4("1.0.0.0/8"), N6("::/8")])))
print(ipaddress.get_mixed_type_key(a), ipaddress.get_mixed_type_key(ipaddress.ip_address("::1")),
      ipaddress.get_mixed_type_key(5))
print(sorted([N4("1.0.0.0/8"), ipaddress.ip_address("1.0.0.0"), N6("::/0"),
              ipaddress.ip_address("::1")], key=ipaddress.get_mixed_type_key))
s = N6("fe80::%eth0/64")
print(repr(s), s.network_address.scope_id, s.num_addresses, N6("fe80::1%eth0/64", strict=False))
