import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.maxunicode)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.version_info.releaselevel, len(sys.version_info), sys.hexversion >> 16 == 0x30b)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("module_sys_attrs.py"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit in (15, 30))
print(sys.getrecursionlimit(), callable(sys.exit), sys.getdefaultencoding(), sys.getsizeof(0) > 0, sys.flags.optimize)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.float_repr_style, sys.implementation.name != "")
print(sys.stdout.encoding.lower(), sys.stdin is not None, sys.stderr.name if hasattr(sys.stderr, "name") else "<stderr>")
print(type(sys.modules).__name__, "sys" in sys.modules, type(sys.path).__name__, "builtins" in sys.builtin_module_names)
for code in (None, 0, 3, "msg"):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
sys.stdout.flush()
print(sys.intern("abc") == "abc", sys.getfilesystemencoding())
sys.exit(4)
