try:
    raise ValueError("inner")
finally:
    print("cleanup")
