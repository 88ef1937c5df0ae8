@x
pass
