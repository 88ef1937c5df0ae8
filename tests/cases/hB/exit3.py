print("a", end="")
exit(0)
