try:
    raise ValueError
except ValueError:
    raise TypeError from KeyError
