import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
try:
    repr(big)
except ValueError as e:
    print(e)
try:
    f"{big}"
except ValueError as e:
    print(e)
try:
    print(big)
except ValueError as e:
    print(e)
print(len(hex(big)), int("0x" + "f" * 5000, 16) > 0)
sys.set_int_max_str_digits(6000)
print(len(str(big)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
sys.set_int_max_str_digits(640)
print(len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print(e)
try:
    int("9" * 641)
except ValueError as e:
    print(e)
print(int("9" * 640) > 0, int(" 1_0 "), int("-" + "1" * 640) < 0)
try:
    "%d" % (10 ** 700)
except ValueError as e:
    print(e)
try:
    "{}".format(10 ** 700)
except ValueError as e:
    print(e)
import decimal
print(len(str(decimal.Decimal(10) ** 700)))
try:
    sys.set_int_max_str_digits(maxdigits=-1)
except ValueError as e:
    print(e)
