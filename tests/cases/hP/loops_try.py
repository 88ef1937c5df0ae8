def parse_all(items):
    ok, bad = [], []
    for item in items:
        try:
            n = int(item)
        except ValueError as e:
            bad.append(str(e))
            continue
        except TypeError as e:
            bad.append(f"type: {e}")
            continue
        else:
            ok.append(n)
        finally:
            pass
    return ok, bad
print(parse_all(["1", "x", None, "3.5", " 7 ", [], "0x10", "1_000", "", "٣"]))

def retry(fn, attempts=3):
    last = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(attempt)
        except (ConnectionError, TimeoutError) as e:
            last = e
            print(f"attempt {attempt} failed: {type(e).__name__}: {e}")
    raise RuntimeError("all attempts failed") from last

def flaky(n):
    if n < 3:
        raise ConnectionResetError(104, "Connection reset by peer") if n == 1 else TimeoutError("timed out")
    return f"ok on {n}"
print(retry(flaky))
try:
    retry(lambda n: (_ for _ in ()).throw(TimeoutError("never")), attempts=2)
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))

i = 0
while i < 10:
    i += 1
    try:
        if i % 3 == 0:
            raise ValueError(i)
        if i == 8:
            break
    except ValueError as e:
        print("multiple of three:", e)
        continue
    finally:
        print("iteration", i)
else:
    print("no break")
print("exited at", i)

for a in range(3):
    for b in range(3):
        try:
            if a == b:
                raise StopIteration
        except StopIteration:
            break
        finally:
            print(a, b)
try:
    e
except NameError as ne:
    print("NameError", ne)
def name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    name_cleared()
except UnboundLocalError as ue:
    print("UnboundLocalError", ue)
err = "global"
try:
    raise KeyError
except KeyError as err:
    pass
try:
    print(err)
except NameError as ne:
    print("NameError", ne)
