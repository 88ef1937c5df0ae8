import ipaddress
import tomllib
try:
    tomllib.loads("[a]\nx = 1\nx = 2\n")
except tomllib.TOMLDecodeError as e:
    err = e
print(type(err).__module__, type(err).__qualname__)
try:
    ipaddress.ip_address("1.2.3.999")
except ValueError as e:
    print(type(e).__module__, e)
try:
    ipaddress.IPv4Address("1.2.3.999")
except ipaddress.AddressValueError as e:
    print(type(e).__module__, type(e).__name__, e)
# raised from this file so that the traceback shows only our frames
raise type(err)(*err.args)
