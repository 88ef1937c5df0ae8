import os, shelve, dbm, dbm.dumb

def cleanup(base):
    for name in os.listdir("."):
        if name.startswith(base):
            os.remove(name)

base = "hz_shelf_db"
try:
    with shelve.open(base) as db:
        db["nums"] = [1, 2, 3]
        db["info"] = {"name": "x", "t": (1, 2)}
        db["text"] = "héllo"
        print(sorted(db.keys()), len(db), "nums" in db, "zz" in db, db.get("zz", "dflt"))
    with shelve.open(base, flag="r") as db:
        print(db["nums"], db["info"], db["text"], sorted(db))
        try:
            db["missing"]
        except KeyError as e:
            print("KeyError", e)
    with shelve.open(base) as db:
        lst = db["nums"]; lst.append(4)
        print(db["nums"])
        db["nums"] = lst
        del db["text"]
        print(sorted(db.items()))
    with shelve.open(base, writeback=True) as db:
        db["nums"].append(5)
    with shelve.open(base) as db:
        print(db["nums"])
    s = shelve.open(base); s.close()
    try:
        s["nums"]
    except ValueError as e:
        print(e)
    with shelve.open(base, flag="n") as db:
        print(len(db))
    try:
        dbm.open("hz_no_such_db", "r")
    except dbm.error[0] as e:
        print(e)
    d = dbm.dumb.open(base + "_raw", "c")
    d["a"] = "x"; d[b"b"] = b"y" * 600; d["a"] = "longer value"
    print(d["a"], len(d[b"b"]), sorted(d.keys()), len(d), "a" in d, d.get(b"zz"))
    for k, v in ((5, "v"), ("k", 5)):
        try:
            d[k] = v
        except TypeError as e:
            print(e)
    d.close()
    try:
        d["a"]
    except OSError as e:
        print(e)
    r = dbm.dumb.open(base + "_raw", "r")
    try:
        r["z"] = "q"
    except OSError as e:
        print(e)
    print(r["a"], dbm.whichdb(base + "_raw"), dbm.whichdb("hz_nothing_here"))
    r.close()
    try:
        dbm.dumb.open(base + "_raw", "x")
    except ValueError as e:
        print(e)
finally:
    cleanup(base)
print([n for n in os.listdir(".") if n.startswith(base)])
