import copy
import ipaddress
import pickle

objs = [ipaddress.ip_address("10.1.2.3"), ipaddress.ip_address("2001:db8::5"),
        ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("2001:db8::/64"),
        ipaddress.ip_interface("10.1.2.3/16"), ipaddress.ip_interface("2001:db8::5/64")]
for o in objs:
    c = copy.copy(o)
    d = copy.deepcopy(o)
    p = pickle.loads(pickle.dumps(o))
    print(repr(o), c == o, d == o, p == o, type(p).__name__, hash(p) == hash(o))
print(ipaddress.ip_address(True), ipaddress.ip_address(ipaddress.IPv4Address("1.2.3.4")))
print(ipaddress.IPv6Address(ipaddress.IPv6Address("::5")), ipaddress.ip_network(ipaddress.ip_address("1.2.3.4")))
print(ipaddress.ip_network(ipaddress.ip_interface("1.2.3.4/24"), strict=False))
net = ipaddress.ip_network("192.168.0.0/30")
print({net: 1}[ipaddress.ip_network("192.168.0.0/30")], sorted({ipaddress.ip_address("::1"), ipaddress.ip_address("::1")}))
print([str(a) for a in net], net.num_addresses, list(reversed(list(net))))
print(ipaddress.ip_address("1.2.3.4") in net, ipaddress.ip_address("192.168.0.3") in net)
print(ipaddress.IPv4Address("1.2.3.4").__class__.__mro__[1].__name__)
print(int(ipaddress.IPv4Interface("10.0.0.1/8")), str(ipaddress.IPv4Interface(("10.0.0.1", "255.0.0.0"))))
print(ipaddress.IPv4Network(("10.0.0.0", "0.255.255.255")), ipaddress.IPv4Network("0.0.0.0/0.0.0.0"))
for bad in ["10.0.0.0/0.0.0.0", "10.0.0.0/255.255.0.255", ("1.0.0.0", 33), ("1.0.0.0", -1)]:
    try:
        ipaddress.IPv4Network(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(ipaddress.ip_network("0.0.0.0/0").num_addresses, ipaddress.ip_network("::/0").num_addresses)
print(ipaddress.ip_network("::/0")[2**128 - 1], ipaddress.ip_network("10.0.0.0/8")[-256])
print(repr(ipaddress.ip_network("1.2.3.0/24").netmask), repr(ipaddress.ip_network("::/64").hostmask))
print(ipaddress.IPv6Network("::/96").supernet(new_prefix=0), list(ipaddress.IPv6Network("::/126").subnets(2))[:2])
