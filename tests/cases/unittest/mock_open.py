# mock_open with patch('builtins.open'): reading, iterating, writing, call recording.
from unittest import mock


def read_config(path):
    with open(path) as f:
        return [line.strip() for line in f]


def first_line(path):
    with open(path, "rb") as f:
        return f.readline(), f.read()


def save(path, text):
    with open(path, "w") as f:
        f.write(text)
        f.write("!")


m = mock.mock_open(read_data="alpha\nbeta\ngamma")
with mock.patch("builtins.open", m):
    print(read_config("cfg.ini"))
    print(read_config("again.ini"))
m.assert_called_with("again.ini")
print(m.call_count)

with mock.patch("builtins.open", mock.mock_open(read_data=b"head\nbody\nmore")) as bm:
    print(first_line("data.bin"))
bm.assert_called_once_with("data.bin", "rb")

w = mock.mock_open()
with mock.patch("builtins.open", w):
    save("out.txt", "hello")
w.assert_called_once_with("out.txt", "w")
handle = w()
print(handle.write.call_args_list)
handle.write.assert_any_call("hello")
r = mock.mock_open(read_data="one\ntwo\n")
h = r("x")
print(h.read(2), h.readline(), h.readlines(), h.read())
h = r("y")
print(h.readlines(), list(r("z")))
print(type(h).__name__)
