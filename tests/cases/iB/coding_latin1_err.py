# -*- coding: latin-1 -*-
x = "é"
print(x)
1/0
