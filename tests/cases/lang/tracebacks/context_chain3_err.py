try:
    try:
        1 / 0
    except Exception:
        {}["a"]
except Exception:
    [][1]
