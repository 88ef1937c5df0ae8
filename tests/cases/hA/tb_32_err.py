names = ["日本語テキスト", "abc"]
result = {n: len(n) for n in names}["日本語テキスト"] + names[0] / 2
