# str.__rmod__ / bytes.__rmod__ format a left operand of their own kind (CPython's
# unicode_mod / bytes_mod take the left operand whatever side they are called from)
print(repr('x'.__rmod__('%s!')), repr('x'.__rmod__(5)), repr(str.__rmod__('a', '<%r>')))
print(repr(b'x'.__rmod__(b'%s!')), repr(bytearray(b'x').__rmod__(b'%s')), repr(b'x'.__rmod__(bytearray(b'%s'))), repr(bytearray(b'y').__rmod__(bytearray(b'[%s]'))))
class K(str):
    def __mod__(self, o):
        return NotImplemented
class KB(bytes):
    def __mod__(self, o):
        return NotImplemented
for f in [lambda: K('%s') % 'x', lambda: K('ab') % 'x', lambda: 'ab' % K('x'), lambda: K('%d') % 'x', lambda: K('%s') % 5, lambda: KB(b'%s') % b'x', lambda: KB(b'%s') % 5, lambda: 5 % K('x')]:
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
