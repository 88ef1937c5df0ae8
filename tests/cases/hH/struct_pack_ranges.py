import struct
for e in "<>!=@":
  for c in "bBhHiIlLqQnN":
    if c in "nN" and e != "@": continue
    for v in [-1, 128, 256, -129, 2**15, 2**16, 2**31, 2**32, -2**31-1, 2**63, 2**64, -2**63-1, 2**100, -2**100]:
      try: struct.pack(e + c, v); r = 'ok'
      except Exception as ex: r = str(ex)
      print(e + c, v, r)
