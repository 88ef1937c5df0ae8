class BadNote:
    def __str__(self):
        raise RuntimeError
e = KeyError("key")
e.add_note("first note")
e.__notes__.append(BadNote())
e.__notes__.append(42)
e.__notes__.append("last\nnote")
raise e
