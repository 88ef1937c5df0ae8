ints = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(2**70), True]
specs = ['b', 'o', 'x', 'X', 'd', 'n', '#b', '#o', '#x', '#X', '08d', '+d', ' d', '-d', ',d', '_d', '_x', '_b', '#_o',
         '=+10d', '>10', '<10', '^10', '*^11', '0=10', '010,', '#010x', '+#x', 'e', '.2e', 'E', 'f', '.3f', '%', '.1%',
         'g', 'G', '10.3g', ',.2f', 'c', '', '>+12,d', '012_d', ' 012d', '#012b']
for s in specs:
    row = []
    for i in ints:
        try:
            row.append(format(i, s))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(s), row)
floats = [0.0, -0.0, 1.5, -1.5, 3.14159265, 1234567.891, 1e-7, 1e16, 1e100, float('inf'), float('-inf'), float('nan'), 0.5, 2.5, 1/3, 123.456e-10]
fspecs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.0e', '.0f', '.0g', '#.0f', '#.0e', '#g', '#.3g', '.10g', '.1g', '+.2f', ' .2f',
          '010.2f', '0=+12.3f', '<12.1e', '^15.4g', ',.2f', '_.3f', ',f', ',g', ',', '_', '.3', '.0', '.0%', '#.0%', 'z.1f', 'z.0f', 'z', 'z+.2e',
          '>+#15.2e', 'n', '.3n', '015', '-^12g', '12']
for s in fspecs:
    row = []
    for f in floats:
        try:
            row.append(format(f, s))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(s), row)
for s in ['c', 'd', 'x', 'b', '.2', ',', 's', '=5', 'z', '#c', '+c', ',c']:
    for v in [65, 0x1F600, 3.5, 'ab', -1, 0x110000]:
        try:
            print(repr(s), repr(v), repr(format(v, s)))
        except Exception as e:
            print(repr(s), repr(v), type(e).__name__, e)
for s in ['s', '10', '<5', '.2', '^9.3', '=5', '+', 'd', '#', ',', '>010', '0']:
    try:
        print(repr(s), repr(format('hello', s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['', '>20', '.2f', 'g', '+', 'e', '^30.3e', 'd', 'n', '010']:
    for c in [1+2j, -1.5-0j, complex(0, -0.0), 1e20j, complex('inf+nanj')]:
        try:
            print(repr(s), repr(format(c, s)))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
for s in ['.3', 'x', ',d', '_._f', '.,f', '1.2.3', '%x', '<<<', '00', '+-d', '10000000000000000000000d', '.100000000000000000000f']:
    try:
        print(repr(s), format(12, s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
    try:
        print(repr(s), format(1.5, s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
