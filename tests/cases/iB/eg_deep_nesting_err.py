eg = ValueError("leaf")
for i in range(14):
    eg = ExceptionGroup(f"level{i}", [eg])
raise eg
