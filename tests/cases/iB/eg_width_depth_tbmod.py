import traceback
def nest(d):
    if d == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"d{d}", [nest(d - 1), KeyError(d)])
g = nest(4)
for w, d in ((15, 10), (1, 1), (2, 2), (0, 0)):
    print(f"--- width={w} depth={d}")
    print("".join(traceback.TracebackException.from_exception(g, max_group_width=w, max_group_depth=d).format()))
wide = ExceptionGroup("wide", [IndexError(i) for i in range(17)])
print("".join(traceback.format_exception(wide)))
