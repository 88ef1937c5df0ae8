e = ExceptionGroup("g", [ValueError("v")])
e.add_note("group note")
e.exceptions[0].add_note("inner note")
raise e
