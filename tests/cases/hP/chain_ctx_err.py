class AppError(Exception):
    pass

def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError(f"missing {key!r}") from e

def process(k):
    try:
        load(k)
    except AppError:
        x = undefined_name  # noqa

def main():
    try:
        process("zz")
    finally:
        print("cleanup")

main()
