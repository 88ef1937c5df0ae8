def make():
    try:
        {}["missing"]
    except KeyError:
        try:
            raise ValueError("during")
        except ValueError as v:
            return v
raise ExceptionGroup("ctx", [make()])
