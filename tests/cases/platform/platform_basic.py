# Only what does not depend on the host: the version, the uname_result structure.
import platform
import sys

print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
u = platform.uname()
print(type(u).__name__, len(u), u._fields, isinstance(u, tuple))
print([type(x).__name__ for x in u], u.system == platform.system(), u.machine == platform.machine())
print(u[0] == u.system, u[-1] == u.processor, list(u)[:5] == list(u[:5]))
r = platform.uname_result('S', 'n', 'r', 'v', 'm')
print(r, r.system, r[4], len(r[:5]), r._replace(node='N')[:5])
try:
    platform.uname_result._make(['a', 'b'])
except TypeError as e:
    print('TypeError', e)
print(platform.system_alias('Linux', '5', 'x'))
print(type(platform.platform()).__name__, type(platform.platform(terse=True)).__name__)
print(platform.architecture()[0] in ('32bit', '64bit'), type(platform.python_build()), len(platform.python_build()))
print(type(platform.python_compiler()).__name__, type(platform.node()).__name__)
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver(), platform.win32_is_iot())
print(platform._platform('a', '', 'b c', 'd--e', 'unknown', '-'))
