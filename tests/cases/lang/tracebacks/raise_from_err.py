try:
    {}["a"]
except KeyError as e:
    raise ValueError("converted") from e
