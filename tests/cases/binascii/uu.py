import binascii


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for n in (0, 1, 2, 3, 4, 44, 45, 46):
    data = bytes((i * 89 + 3) % 256 for i in range(n))
    t(binascii.b2a_uu, data)
    t(binascii.b2a_uu, data, backtick=True)
    if n <= 45:
        print(binascii.a2b_uu(binascii.b2a_uu(data)) == data,
              binascii.a2b_uu(binascii.b2a_uu(data, backtick=True)) == data)
t(binascii.b2a_uu, b'\x00\x00\x00', backtick=True)
t(binascii.b2a_uu, 'abc')
for s in [b'+:&5L;&\\@=V]R;&0\n', b'+:&5L;&\\@=V]R;&0', b'+:&5L;&\\@=V]R;&0   \n',
          b'+:&5L;&\\@=V]R;&0XX\n', b'+:&5L;&\\@=V]R;', b'', b'\n', b' ', b'`', b'#\x01\x02\x03',
          b'#abc\x7f', '#86)C', b'!80```\n', b'!80  \n', b'!80xx\n', b'!8\n0', b'!80\r\n', 'é', 3]:
    t(binascii.a2b_uu, s)
