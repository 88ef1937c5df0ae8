def f():
    return {}
x = f()[
  "key"
]
