import sys
for e in ["int('1'*5000)", "str(10**5000)", "len(str(10**4000))", "sys.get_int_max_str_digits()", "hex(10**5000)[:10]", "int('0x' + 'f'*5000, 16) > 0", "repr(2**20000)[:5]", "f'{10**5000}'", "'%d' % 10**5000", "format(10**5000, 'x')[:3]"]:
    try:
        r = eval(e); print(e, "=>", r if len(str(r)) < 100 else str(r)[:50])
    except Exception as ex:
        print(e, "!!", type(ex).__name__, ex)
sys.set_int_max_str_digits(6000)
print(len(str(10**5000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0); print(len(str(10**7000)))
print(sys.flags.int_max_str_digits, sys.int_info)
