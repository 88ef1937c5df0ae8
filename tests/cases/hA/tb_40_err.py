config = {"db": {"host": "x"}}
port = config["db"]["port"] if "db" in config else 0
