items = [1, 2, 3]
def total(xs):
    result = 0
    for x in xs:
        reslt += x
    return result
print(total(items))
