def work(i):
    if i % 3 == 0:
        raise ValueError(f"v{i}")
    if i % 3 == 1:
        raise TypeError(f"t{i}")
    return i

def main():
    errs = []
    for i in range(5):
        try:
            work(i)
        except Exception as e:
            errs.append(e)
    try:
        raise ExceptionGroup("batch", errs)
    except* ValueError as g:
        print("handled", len(g.exceptions), "value errors")
    except* KeyError:
        print("never")

main()
