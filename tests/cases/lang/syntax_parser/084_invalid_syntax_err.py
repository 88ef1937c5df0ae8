a b
if 1:
    x
  y
