def run():
    errors = []
    for i, v in enumerate(["1", "x", "2", "y"]):
        try:
            int(v)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("conversion failures", errors)
run()
