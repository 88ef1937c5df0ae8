class Bad(Exception):
    def __str__(self):
        raise ValueError("broken str")
raise Bad("x")
