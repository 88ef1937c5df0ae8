f = None
f(
 1,
 2
)
