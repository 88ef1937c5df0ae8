import binascii
cases = [b'', b'QQ', b'QQ=', b'QQ==', b'QQ===', b'Q', b'QUJD', b'QUJDR', b'QU JD\n', b'=QQ==', b'QQ==QQ==', b'Q=Q=', b'QUI=', b'QUI', b'QUI=x', b'Q===', b'QQ=x=', b'!!!QQ==', b'QQ==\n']
for c in cases:
    for s in (False, True):
        try: r = binascii.a2b_base64(c, strict_mode=s)
        except Exception as e: r = (type(e).__name__, str(e))
        print(c, s, r)
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', -2), binascii.hexlify(b'abc', '|'))
for a in [(b'ab', ''), (b'ab', 'ab'), (b'ab', 'é'),(b'ab', 3), (b'', '-')]:
    try: print(binascii.hexlify(*a))
    except Exception as e: print(type(e).__name__, e)
for a in ['abc', 'zz', 'éé', 3, b'0A0b']:
    try: print(binascii.unhexlify(a))
    except Exception as e: print(type(e).__name__, e)
for a in ['abc', 3]:
    try: print(binascii.hexlify(a))
    except Exception as e: print(type(e).__name__, e)
    try: print(binascii.b2a_base64(a))
    except Exception as e: print(type(e).__name__, e)
    try: print(binascii.crc32(a))
    except Exception as e: print(type(e).__name__, e)
print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 12345), binascii.crc32(b'x', -1), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0x1ffff))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.hexlify(b'abcdef', '-', 0), binascii.hexlify(b'abcdef', '-', 10))
try: binascii.crc_hqx(b'x')
except Exception as e: print(type(e).__name__, e)
try: binascii.crc32()
except Exception as e: print(type(e).__name__, e)
try: binascii.hexlify()
except Exception as e: print(type(e).__name__, e)
try: binascii.a2b_base64()
except Exception as e: print(type(e).__name__, e)
print(binascii.b2a_base64(b'abcd', newline=False), binascii.b2a_base64(bytearray(b'ab')))
print(binascii.crc32(memoryview(b'abc')), binascii.hexlify(memoryview(b'ab')))
print(type(binascii.hexlify(bytearray(b'a'))), type(binascii.unhexlify(bytearray(b'aa'))))
