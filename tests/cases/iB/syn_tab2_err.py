def f():
  if 1:
	pass
