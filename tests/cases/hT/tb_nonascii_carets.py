import traceback
def t(f):
    try: f()
    except Exception: print(traceback.format_exc().splitlines()[-3:-1])
t(lambda: "éé"[5])
t(lambda: "é" + 1)
t(lambda: ["é", 1][0] + ["é"][0] + 1)
t(lambda: {"é": 1}["éé"])
t(lambda: "x" + "€" * 1 + 1)
t(lambda: 1 / 0 + "é")
t(lambda: ("é",) ** 2)
t(lambda: "é"  +  1)
t(lambda: "éé" - 1)
t(lambda: ("é") + 1)
t(lambda: "é" // 1)
t(lambda: 1 + "é")
def g():
    x = "ü"; return (x +
        1)
t(g)
