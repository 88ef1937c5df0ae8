f(a b)
y = "abc
