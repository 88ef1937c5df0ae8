def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("gen finally")
g = gen(); print(next(g)); del g
print("after del")
def gen2():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
for x in gen2():
    if x == 1:
        break
print("loop broken")
def gen3():
    try:
        yield
    finally:
        return "from finally"
g3 = gen3(); next(g3)
try:
    g3.throw(ValueError("boom"))
except StopIteration as e:
    print("StopIteration value:", e.value)
def gen4():
    x = yield
    try:
        1 / x
    except ZeroDivisionError as e:
        yield f"handled {e}"
g4 = gen4(); next(g4); print(g4.send(0))
def nested():
    try:
        yield from gen()
    finally:
        print("nested finally")
n = nested(); next(n); n.close(); print("closed nested")
