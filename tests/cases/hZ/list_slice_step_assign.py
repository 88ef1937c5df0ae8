l = list(range(10))
l[::2] = "abcde"; print(l)
l[1::3] = [None] * len(l[1::3]); print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
l = list(range(6)); l[::-2] = [10, 20, 30]; print(l)
l = list(range(6)); l[2:4] = []; print(l)
l = list(range(6)); l[4:2] = ["x"]; print(l)
l = list(range(6)); del l[::3]; print(l)
l = list(range(6)); del l[::-2]; print(l)
l = list(range(6)); l[:] = l; print(l)
l = list(range(6)); l[1:3] = l; print(l)
l = list(range(6)); print(l[-100:100], l[5:-100:-1], l[::-1], l[10:], l[-1:-3], l[1:5:0] if False else "")
try:
    l[::0]
except ValueError as e:
    print(e)
try:
    l[1:2] = 5
except TypeError as e:
    print(e)
try:
    l["a"]
except TypeError as e:
    print(e)
l[len(l):] = [99]; l[:0] = (-1,); print(l)
l = [1, 2, 3]; l[0:1] = range(3); print(l)
l = list(range(5)); l[1:4:1] = "zz"; print(l)
