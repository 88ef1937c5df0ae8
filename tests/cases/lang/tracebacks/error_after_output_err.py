print("some output")
raise RuntimeError("after output")
