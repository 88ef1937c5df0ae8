d = {}
x = d[
    "a"
]
