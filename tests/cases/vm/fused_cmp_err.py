# TypeError from a fused local+const+compare+branch: the traceback points at the comparison.
def count_down(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps += 1
    return steps


print(count_down(5), count_down(-1))
count_down("5")
