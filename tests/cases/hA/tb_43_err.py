def f(): raise ValueError("one-liner def")
f()
