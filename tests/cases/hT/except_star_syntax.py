srcs = [
    "try:\n  pass\nexcept* ExceptionGroup:\n  pass\n",
    "try:\n  pass\nexcept* (ValueError, ExceptionGroup):\n  pass\n",
    "try:\n  pass\nexcept*:\n  pass\n",
    "try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass\n",
    "for x in y:\n  try:\n    pass\n  except* ValueError:\n    break\n",
    "for x in y:\n  try:\n    pass\n  except* ValueError:\n    continue\n",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    return 1\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except Exception as e:
    print(type(e).__name__, e)
