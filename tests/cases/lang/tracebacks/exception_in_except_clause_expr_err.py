try:
    1 / 0
except undefined_name:
    pass
