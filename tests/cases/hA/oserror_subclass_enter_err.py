class Ctx:
    def __enter__(self):
        raise OSError(13, "denied", "file.txt")
    def __exit__(self, *a):
        return False
def use():
    with Ctx() as c:
        pass
try:
    use()
except PermissionError as e:
    print(repr(e), e.errno, e.strerror, e.filename)
    raise TimeoutError("wrapped") from e
