data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10], y)
total = 0
print([total := total + x for x in data], total)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
def f():
    [last := i for i in range(3)]
    return last
print(f())
print((z := 5), z, (lambda: (q := 7))())
import re
if m := re.match(r"(\d+)", "42abc"):
    print(m.group(1))
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(e.msg)
try:
    exec("class A:\n    [j := 1 for _ in range(2)]")
except SyntaxError as e:
    print(e.msg)
