# argument-count errors worded as CPython 3.11 (Argument Clinic)
for t in ["[].sort(1,2,3)", "[].sort(1)", "int.to_bytes(1, 1, \"big\", True)", "(1).to_bytes(1,\"big\",True,4)", "sorted([], 1, 2)", "round(1, 2, 3)"]:
  try: eval(t)
  except Exception as e: print(t, "->", e)
