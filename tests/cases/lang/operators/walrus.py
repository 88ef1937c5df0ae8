if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print('item', item)
print(item, data)
print([y := 5, y ** 2], y)
print([z for x in range(5) if (z := x * x) > 4], z)
def f():
    [(w := i) for i in range(3)]
    return w
print(f())
total = 0
print([total := total + v for v in [1, 2, 3]], total)
print((a := 1, b := 2), a, b)
print(f'{(q := 7)}', q)
def g(x=(d := 9)):
    return x
print(g(), d)
print({(k := 1): (v := 2)}, k, v)
