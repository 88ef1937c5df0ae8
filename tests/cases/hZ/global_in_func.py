counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); print(counter)
def create():
    global newname
    newname = "made"
create(); print(newname)
def read_only(): return counter * 10
print(read_only())
def local_shadow():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print(e)
local_shadow()
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested(); print(counter)
exec("global ex\nex = 3"); print(ex)
g = {}
exec("def f():\n    global q\n    q = 1\nf()", g)
print(g["q"], "q" in globals())
def del_global():
    global newname
    del newname
del_global()
try:
    newname
except NameError as e:
    print(e)
print(globals()["counter"], "inc" in globals(), __name__)
