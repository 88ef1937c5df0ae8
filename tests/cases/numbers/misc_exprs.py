# assorted numeric and container expressions evaluated one by one
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
exprs = r'''
[1,2,3][1:2:0]
[1,2][::-1]
(1,2)+(3,)
[1]*True
[] * -5
list(range(-5))
{1:2}.get([])
{}.pop([])
{}.setdefault([],1)
set([1,2]) - {1}
frozenset() | set()
{1} == frozenset({1})
hash(frozenset({1,2})) == hash(frozenset({2,1}))
1 in range(0, 10, 2)
-1 in range(-10, 0)
range(5).index(True)
range(5).count(1.0)
range(3) == range(3)
list(range(10))[::3]
[x for x in range(3)] == list(range(3))
2**-1074
5e-324 / 2
float('1e-324')
-2**63
(-2**63).bit_length()
(2**63).to_bytes(8, 'big')
(-2**63).to_bytes(8, 'big', signed=True)
int.from_bytes(b'\x80' + b'\x00'*7, 'big', signed=True)
(12345678901234567890).as_integer_ratio()
abs(-0.0)
-(0.0)
0.0 == -0.0
divmod(-0.0, 1)
divmod(0.0, -1)
-7 // 2.0
-7 % 2.0
7 % -2.0
-0.0 % 5
0.0 % -5
5 % float('inf')
-5 % float('inf')
5 // float('inf')
-5 // float('inf')
float('inf') % 5
divmod(5, float('inf'))
divmod(-5, float('-inf'))
1e16 % 3
2**53 % 3.0
round(5.5)
round(6.5)
round(-5.5)
round(0.5e-300, 300)
round(123.456, -1)
round(155, -1)
round(145, -1)
round(-145, -1)
round(2**64, -3)
round(1e-320, 321)
round(2.5e-323, 323)
int('0_0')
int('0x_1f', 16)
int(' 0X1F ', 0)
int('1e5')
int('١٢٣٤')
float('  -iNfInItY  ')
float('nan') != float('nan')
complex('1+2j') * complex('3-4j')
complex(1, 2) ** 2
(1+2j).real.is_integer()
bool(0.0+0j)
sum([1, 2], start=0.5)
sum((x for x in []), [])
max([1, 2, 3], key=lambda x: -x)
min('hello')
sorted([3, 2, 1], key=None)
list(zip(*[[1, 2], [3, 4]]))
list(map(pow, [2, 3], [3, 2]))
list(enumerate(range(3), start=True))
dict(zip('abc', range(3)))
{**{1: 2}, 3: 4}
[*range(3), *'ab']
{*range(3)}
tuple(reversed(range(3)))
divmod(True, 2)
pow(True, True)
int.__new__(int, 5)
float.__new__(float, '2.5')
complex.__new__(complex, 1, 2)
bool.__new__(bool, [])
type(1 + True)
type(True + True)
type(1.0 + True)
~False
True / False
isinstance(True, (int, float))
(1).__class__
(1.5).__class__.__name__
0.1 + 0.2 == 0.3
(0.1).hex()
float.fromhex('0x1.999999999999ap-4')
3 .real
'{:}'.format(1.5)
str(1e16)
str(-1e-5)
repr(1.0e-7)
str(123456789012345678.0)
1/3
2/3
10/3
1e22
1e21
1e23
float(2**63)
float(2**64 - 1)
float(-2**63)
'%s' % 1.5
'%r' % 0.1
format(0.1, '')
'''
for line in exprs.strip().splitlines():
    print(line, end=' -> ')
    show(lambda: eval(line))
