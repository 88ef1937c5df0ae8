# sys attributes made on first use behave as ordinary attributes (dir, vars, from-import).
import sys
print('float_info' in dir(sys), 'flags' in vars(sys), 'hash_info' in sys.__dict__)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.flags.optimize, sys.int_info.bits_per_digit > 0)
from sys import float_info, implementation
print(float_info.max > 1, implementation.name in ('cpython', 'wasipy'), type(sys.builtin_module_names).__name__)
print(sys.version_info is sys.version_info)
print('os' in sys.stdlib_module_names, type(sys.stdlib_module_names).__name__, 'stdlib_module_names' in dir(sys))
