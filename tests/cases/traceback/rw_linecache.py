# linecache: reading, caching, checkcache after a change, odd names
import linecache
import os

path = 'rw_linecache_tmp.py'
d = '.'
with open(path, 'w') as f:
    f.write('first\nsecond\nno newline')
print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 3)), repr(linecache.getline(path, 0)),
      repr(linecache.getline(path, 4)), linecache.getlines(path), path in linecache.cache)
size, mtime, lines, full = linecache.cache[path]
print(size, lines is linecache.getlines(path), full == path, full)
with open(path, 'w') as f:
    f.write('changed and longer\n')
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)), path in linecache.cache)
os.remove(path)
linecache.checkcache()
print(path in linecache.cache, linecache.getlines(path), repr(linecache.getline('<stdin>', 1)),
      linecache.getlines(''), linecache.getlines(os.path.join(d, 'missing.py')), linecache.lazycache(path, {}))
with open(path, 'wb') as f:
    f.write(b'\xff\xfe bad utf8\n')
print(linecache.updatecache(path), path in linecache.cache)
linecache.clearcache(); print(linecache.cache)
os.remove(path)
