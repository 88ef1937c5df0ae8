def none1(): pass
def none2(): return
def tup(): return 1, 2
def star(): return *[1, 2], 3
def early(x):
    if x:
        return 'early'
    return 'late'
print(none1(), none2(), tup(), star(), early(1), early(0))
def in_loop():
    for i in range(10):
        if i == 3:
            return i
print(in_loop())
def in_try():
    try:
        return 'try'
    finally:
        print('finally runs')
print(in_try())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def in_with():
    class CM:
        def __enter__(self): print('enter'); return self
        def __exit__(self, *a): print('exit', a)
    with CM():
        return 'from with'
print(in_with())
