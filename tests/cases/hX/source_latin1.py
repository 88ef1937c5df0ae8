# -*- coding: latin-1 -*-
# commentaire en français: été
s = 'café à la crème'
print(s, len(s), [hex(ord(c)) for c in s if ord(c) > 127])
print(s.encode('utf-8'))
import sys
print(sys.getdefaultencoding())
