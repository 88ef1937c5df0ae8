import configparser
cp = configparser.ConfigParser()
cp.read_string("[a]\nx = %(y)s\n")
print(cp.get("a", "x", raw=True))
try:
    cp.get("a", "x")
except configparser.Error as e:
    err = e
# rebuilt from its args, raised from this file so the traceback is ours
raise type(err)(*err.args)
