import os, io, abc, stat, sys, itertools, codecs, posixpath, _collections_abc
for m in (os, io, abc, stat, sys, itertools, codecs, posixpath, _collections_abc, os.path):
    print(m)
