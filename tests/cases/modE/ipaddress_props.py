import ipaddress

props = ["is_private", "is_global", "is_multicast", "is_reserved", "is_loopback",
         "is_link_local", "is_unspecified"]
v4s = ["0.0.0.0", "0.1.2.3", "10.1.1.1", "100.64.0.1", "100.128.0.1", "127.0.0.1", "169.254.1.1",
       "172.16.0.1", "172.32.0.1", "192.0.0.5", "192.0.0.9", "192.0.0.170", "192.0.0.172",
       "192.0.2.1", "192.168.1.1", "198.18.0.1", "198.20.0.1", "198.51.100.7", "203.0.113.9",
       "224.0.0.1", "239.255.255.255", "240.0.0.1", "255.255.255.255", "8.8.8.8", "1.1.1.1"]
for a in v4s:
    ip = ipaddress.ip_address(a)
    print(a, [p for p in props if getattr(ip, p)])
v6s = ["::", "::1", "::2", "::ffff:1.2.3.4", "100::1", "100::1:0:0:0:0", "2001::1", "2001:1ff::",
       "2001:200::", "2001:2::1", "2001:db8::1", "2001:10::1", "2001:20::1", "fc00::1", "fd12::1",
       "fe80::1", "febf::1", "fec0::1", "ff02::1", "2001:4860:4860::8888", "2002:c000:204::1",
       "4000::1", "e000::", "f800::", "fe00::1", "2606:4700::1111"]
for a in v6s:
    ip = ipaddress.ip_address(a)
    print(a, [p for p in props + ["is_site_local"] if getattr(ip, p)], ip.ipv4_mapped, ip.sixtofour, ip.teredo)
print(ipaddress.ip_address("2001:0000:4136:e378:8000:63bf:3fff:fdd2").teredo)
for n in ["10.0.0.0/8", "0.0.0.0/0", "100.64.0.0/10", "100.64.0.0/11", "192.0.0.0/24", "224.0.0.0/4",
          "127.0.0.0/8", "169.254.0.0/16", "::1/128", "fe80::/10", "fec0::/10", "ff00::/8",
          "2001:db8::/32", "::/0", "0.0.0.0/32"]:
    net = ipaddress.ip_network(n)
    print(n, [p for p in props if getattr(net, p)],
          getattr(net, "is_site_local", None))
for n in ["10.1.2.3/8", "127.0.0.1/8", "::1/128", "::/128", "::1/64", "::/64"]:
    i = ipaddress.ip_interface(n)
    print(n, [p for p in props if getattr(i, p)])
