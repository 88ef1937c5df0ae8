items = {"a": 1}
print(items["a"], items.get("b"))
print(f"value: {items['missing']!r:>10}")
