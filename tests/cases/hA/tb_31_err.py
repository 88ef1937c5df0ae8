def f():
	x = {"ключ": 1}
	return x["κλειδί"] + 1
f()
