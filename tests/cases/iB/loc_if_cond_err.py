def check(x):
    if (x > 0 and
            x.bit_length() > 3):
        return True
    return False
print(check(20))
check(2.5)
