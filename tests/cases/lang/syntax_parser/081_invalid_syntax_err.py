a b
x = $
