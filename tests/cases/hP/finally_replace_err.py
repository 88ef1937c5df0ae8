def read_config(name):
    try:
        raise FileNotFoundError(2, "No such file or directory", name)
    finally:
        cleanup(name)

def cleanup(name):
    raise PermissionError(13, "Permission denied", name + ".lock")

read_config("settings.ini")
