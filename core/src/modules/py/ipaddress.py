# ipaddress for wasipy, written from the library reference.
import functools
import re

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    pass


class NetmaskValueError(ValueError):
    pass


def ip_address(address):
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 address'
                     % (address,))


def ip_network(address, strict=True):
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 network'
                     % (address,))


def ip_interface(address):
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 interface'
                     % (address,))


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError("Only one '/' permitted in %r" % (address,))
    return parts


def _trailing_zeros(n, bits):
    if n == 0:
        return bits
    return min(bits, (~n & (n - 1)).bit_length())


def summarize_address_range(first, last):
    if not (isinstance(first, _BaseAddress) and
            isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version"
                        % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first._max_prefixlen
    lo = first._ip
    hi = last._ip
    while lo <= hi:
        n = min(_trailing_zeros(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - n))
        lo += 1 << n
        if lo - 1 == net_cls._ALL_ONES:
            break


def collapse_addresses(addresses):
    ranges = []
    last_addr = None
    last_net = None
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if last_addr is not None and last_addr._version != ip._version:
                raise TypeError("%s and %s are not of the same version"
                                % (ip, last_addr))
            last_addr = ip
            ranges.append((ip._ip, ip._ip))
        elif ip._prefixlen == ip._max_prefixlen:
            if last_addr is not None and last_addr._version != ip._version:
                raise TypeError("%s and %s are not of the same version"
                                % (ip, last_addr))
            try:
                last_addr = ip.ip
            except AttributeError:
                last_addr = ip.network_address
            ranges.append((last_addr._ip, last_addr._ip))
        else:
            if last_net is not None and last_net._version != ip._version:
                raise TypeError("%s and %s are not of the same version"
                                % (ip, last_net))
            last_net = ip
            ranges.append((ip.network_address._ip,
                           ip.broadcast_address._ip))
    if not ranges:
        return iter(())
    ver = (last_addr or last_net)._version
    if last_addr is not None and last_net is not None and \
            last_addr._version != last_net._version:
        raise TypeError("%s and %s are not of the same version"
                        % (last_addr, last_net))
    cls = IPv4Address if ver == 4 else IPv6Address
    ranges.sort()
    merged = []
    for lo, hi in ranges:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    out = []
    for lo, hi in merged:
        out.extend(summarize_address_range(cls(lo), cls(hi)))
    return iter(out)


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError(
                "%d (< 0) is not permitted as an IPv%d address"
                % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError(
                "%d (>= 2**%d) is not permitted as an IPv%d address"
                % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, size):
        if len(address) != size:
            raise AddressValueError(
                "%r (len %d != %d) is not permitted as an IPv%d address"
                % (address, len(address), size, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zeros(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError('Netmask pattern %r mixes zeroes & ones'
                             % ip_int.to_bytes(cls._max_prefixlen // 8, 'big'))
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask'
                                % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, s):
        if not (s.isascii() and s.isdigit()):
            cls._report_invalid_netmask(s)
        n = int(s)
        if not 0 <= n <= cls._max_prefixlen:
            cls._report_invalid_netmask(s)
        return n

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        try:
            return cls._prefix_from_ip_int(ip_int)
        except ValueError:
            pass
        try:
            return cls._prefix_from_ip_int(ip_int ^ cls._ALL_ONES)
        except ValueError:
            cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version'
                            % (self, other))
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        m = re.fullmatch(r'(#?)(_?)([xbnX])', fmt)
        if m:
            alt, group, base = m.groups()
            if base == 'n':
                base = 'b' if self._version == 4 else 'x'
            width = self._max_prefixlen if base == 'b' \
                else self._max_prefixlen // 4
            if group:
                width += width // 4 - 1
            if alt:
                width += 2
            return format(int(self), '%s0%d%s%s' % (alt, width, group, base))
        return super().__format__(fmt)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        net = int(self.network_address)
        bcast = int(self.broadcast_address)
        for x in range(net + 1, bcast):
            yield self._address_class(x)

    def __iter__(self):
        net = int(self.network_address)
        bcast = int(self.broadcast_address)
        for x in range(net, bcast + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        net = int(self.network_address)
        bcast = int(self.broadcast_address)
        if n >= 0:
            if net + n > bcast:
                raise IndexError('address out of range')
            return self._address_class(net + n)
        n += 1
        if bcast + n < net:
            raise IndexError('address out of range')
        return self._address_class(bcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version'
                            % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and
                    self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        return (other.network_address in self or
                other.broadcast_address in self or
                self.network_address in other or
                self.broadcast_address in other)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) |
                                   int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        if not self._version == other._version:
            raise TypeError("%s and %s are not of the same version"
                            % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        lo = int(other.network_address)
        hi = int(other.broadcast_address)
        cur = self
        while cur.prefixlen < other.prefixlen:
            a, b = cur.subnets()
            if lo <= int(a.broadcast_address):
                yield b
                cur = a
            else:
                yield a
                cur = b
        del hi

    def compare_networks(self, other):
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type'
                            % (self, other))
        if self.network_address < other.network_address:
            return -1
        if self.network_address > other.network_address:
            return 1
        if self.netmask < other.netmask:
            return -1
        if self.netmask > other.netmask:
            return 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_len = self._prefixlen + prefixlen_diff
        if new_len > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (new_len, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for x in range(start, end, step):
            yield self.__class__((x, new_len))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_len = self.prefixlen - prefixlen_diff
        if new_len < 0:
            raise ValueError(
                'current prefixlen is %d, cannot have a prefixlen_diff of %d'
                % (self.prefixlen, prefixlen_diff))
        return self.__class__(
            (int(self.network_address) & (int(self.netmask) << prefixlen_diff),
             new_len))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError("%s and %s are not of the same version"
                                % (a, b))
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError("Unable to test subnet containment between %s "
                            "and %s" % (a, b))

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    @property
    def is_reserved(self):
        return (self.network_address.is_reserved and
                self.broadcast_address.is_reserved)

    @property
    def is_link_local(self):
        return (self.network_address.is_link_local and
                self.broadcast_address.is_link_local)

    @property
    def is_private(self):
        lo = int(self.network_address)
        hi = int(self.broadcast_address)
        ranges = _V4_PRIVATE if self._version == 4 else _V6_PRIVATE
        return any(_in_ranges(lo, [r]) and _in_ranges(hi, [r]) for r in ranges)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return (self.network_address.is_unspecified and
                self.broadcast_address.is_unspecified)

    @property
    def is_loopback(self):
        return (self.network_address.is_loopback and
                self.broadcast_address.is_loopback)

    @property
    def is_multicast(self):
        return (self.network_address.is_multicast and
                self.broadcast_address.is_multicast)


def _in_ranges(ip, ranges):
    for base, plen, bits in ranges:
        if ip >> (bits - plen) == base >> (bits - plen):
            return True
    return False


class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                try:
                    prefixlen = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    prefixlen = cls._prefix_from_ip_string(arg)
            mask = IPv4Address(cls._ip_int_from_prefix(prefixlen))
            cls._netmask_cache[arg] = mask, prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        try:
            value = 0
            for o in octets:
                value = (value << 8) | cls._parse_octet(o)
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @classmethod
    def _parse_octet(cls, s):
        if not s:
            raise ValueError("Empty octet not permitted")
        if not (s.isascii() and s.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % s)
        if len(s) > 3:
            raise ValueError("At most 3 characters permitted in %r" % s)
        if s != '0' and s[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % s)
        n = int(s, 10)
        if n > 255:
            raise ValueError("Octet %d (> 255) not permitted" % n)
        return n

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(str(b) for b in ip_int.to_bytes(4, 'big'))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


_V4_PRIVATE = [(a << 24 | b << 16 | c << 8 | d, p, 32) for a, b, c, d, p in (
    (0, 0, 0, 0, 8), (10, 0, 0, 0, 8), (127, 0, 0, 0, 8), (169, 254, 0, 0, 16),
    (172, 16, 0, 0, 12), (192, 0, 0, 0, 29), (192, 0, 0, 170, 31),
    (192, 0, 2, 0, 24), (192, 168, 0, 0, 16), (198, 18, 0, 0, 15),
    (198, 51, 100, 0, 24), (203, 0, 113, 0, 24), (240, 0, 0, 0, 4),
    (255, 255, 255, 255, 32))]
_V4_SHARED = [(100 << 24 | 64 << 16, 10, 32)]


class IPv4Address(_BaseV4, _BaseAddress):
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        s = str(address)
        if '/' in s:
            raise AddressValueError("Unexpected '/' in %r" % (address,))
        self._ip = self._ip_int_from_string(s)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self._ip >> 28 == 15

    @property
    def is_private(self):
        return _in_ranges(self._ip, _V4_PRIVATE)

    @property
    def is_global(self):
        return not _in_ranges(self._ip, _V4_SHARED) and not self.is_private

    @property
    def is_multicast(self):
        return self._ip >> 28 == 14

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip >> 24 == 127

    @property
    def is_link_local(self):
        return self._ip >> 16 == 0xA9FE


class IPv4Interface(IPv4Address):
    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        eq = IPv4Address.__eq__(self, other)
        if eq is NotImplemented or not eq:
            return eq
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        lt = IPv4Address.__lt__(self, other)
        if lt is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network or
                    self.network == other.network and lt)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen,
                     int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv4Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv4Network(_BaseV4, _BaseNetwork):
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv4Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv4Address(addr)]

    @property
    def is_global(self):
        shared = IPv4Network('100.64.0.0/10')
        return (not (self.network_address in shared and
                     self.broadcast_address in shared) and
                not self.is_private)


class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789ABCDEFabcdef')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_prefix_string(arg)
            mask = IPv6Address(cls._ip_int_from_prefix(prefixlen))
            cls._netmask_cache[arg] = mask, prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r"
                                    % ip_str)
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts.append('%x' % ((v4 >> 16) & 0xFFFF))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > 9:
            raise AddressValueError("At most 8 colons permitted in %r"
                                    % ip_str)
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError("At most one '::' permitted in %r"
                                            % ip_str)
                skip = i
        if skip is not None:
            hi = skip
            lo = len(parts) - skip - 1
            if not parts[0]:
                hi -= 1
                if hi:
                    raise AddressValueError(
                        "Leading ':' only permitted as part of '::' in %r"
                        % ip_str)
            if not parts[-1]:
                lo -= 1
                if lo:
                    raise AddressValueError(
                        "Trailing ':' only permitted as part of '::' in %r"
                        % ip_str)
            skipped = 8 - (hi + lo)
            if skipped < 1:
                raise AddressValueError(
                    "Expected at most 7 other parts with '::' in %r" % ip_str)
        else:
            if len(parts) != 8:
                raise AddressValueError(
                    "Exactly 8 parts expected without '::' in %r" % ip_str)
            if not parts[0]:
                raise AddressValueError(
                    "Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                raise AddressValueError(
                    "Trailing ':' only permitted as part of '::' in %r"
                    % ip_str)
            hi = len(parts)
            lo = 0
            skipped = 0
        try:
            value = 0
            for i in range(hi):
                value = (value << 16) | cls._parse_hextet(parts[i])
            value <<= 16 * skipped
            for i in range(-lo, 0):
                value = (value << 16) | cls._parse_hextet(parts[i])
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @classmethod
    def _parse_hextet(cls, s):
        if not cls._HEX_DIGITS.issuperset(s):
            raise ValueError("Only hex digits permitted in %r" % s)
        if len(s) > 4:
            raise ValueError("At most 4 characters permitted in %r" % s)
        return int(s, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        best = -1
        best_len = 0
        i = 0
        n = len(hextets)
        while i < n:
            if hextets[i] == '0':
                j = i
                while j < n and hextets[j] == '0':
                    j += 1
                if j - i > best_len:
                    best, best_len = i, j - i
                i = j
            else:
                i += 1
        if best_len > 1:
            end = best + best_len
            tail = hextets[end:] or ['']
            head = hextets[:best] or ['']
            hextets = head + [''] + tail
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        words = ['%x' % ((ip_int >> s) & 0xFFFF) for s in range(112, -1, -16)]
        return ':'.join(cls._compress_hextets(words))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        h = '%032x' % self._ip_int_from_string(text)
        text = ':'.join(h[x:x + 4] for x in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (text, self._prefixlen)
        return text

    def _reverse_pointer(self):
        chars = self.exploded[::-1].replace(':', '')
        return '.'.join(chars) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id


class IPv6Address(_BaseV6, _BaseAddress):
    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            self._scope_id = None
            return
        s = str(address)
        if '/' in s:
            raise AddressValueError("Unexpected '/' in %r" % (address,))
        s, self._scope_id = self._split_scope_id(s)
        self._ip = self._ip_int_from_string(s)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        eq = super().__eq__(other)
        if eq is NotImplemented or not eq:
            return eq
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self._ip >> 120 == 0xFF

    @property
    def is_reserved(self):
        return _in_ranges(self._ip, _V6_RESERVED)

    @property
    def is_link_local(self):
        return self._ip >> 118 == 0x3FA

    @property
    def is_site_local(self):
        return self._ip >> 118 == 0x3FB

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return _in_ranges(self._ip, _V6_PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(IPv6Address):
    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (super().__str__(), self._prefixlen)

    def __eq__(self, other):
        eq = IPv6Address.__eq__(self, other)
        if eq is NotImplemented or not eq:
            return eq
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        lt = IPv6Address.__lt__(self, other)
        if lt is NotImplemented:
            return lt
        try:
            return (self.network < other.network or
                    self.network == other.network and lt)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen,
                     int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv6Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv6Address(addr)]

    def hosts(self):
        net = int(self.network_address)
        bcast = int(self.broadcast_address)
        for x in range(net + 1, bcast + 1):
            yield self._address_class(x)

    @property
    def is_site_local(self):
        return (self.network_address.is_site_local and
                self.broadcast_address.is_site_local)


def _nets6(specs):
    out = []
    for spec in specs.split():
        a, p = spec.split('/')
        out.append((IPv6Address(a)._ip, int(p), 128))
    return out


_V6_PRIVATE = _nets6("::1/128 ::/128 ::ffff:0:0/96 100::/64 2001::/23 "
                     "2001:2::/48 2001:db8::/32 2001:10::/28 fc00::/7 "
                     "fe80::/10")
_V6_RESERVED = _nets6("::/8 100::/8 200::/7 400::/6 800::/5 1000::/4 4000::/3 "
                      "6000::/3 8000::/3 a000::/3 c000::/3 e000::/4 f000::/5 "
                      "f800::/6 fe00::/9")
