import io, sys, builtins, unittest
from unittest.mock import patch, MagicMock, Mock, call, mock_open, PropertyMock
def greet(name): print("Hello,", name); return len(name)
def ask(): return input("Name? ")
with patch("sys.stdout", new_callable=io.StringIO) as out:
    greet("Ann"); print("second line")
captured = out.getvalue()
print(repr(captured))
with patch("builtins.print") as mp:
    greet("Bob")
print(mp.call_args, mp.call_count, mp.call_args_list)
with patch("builtins.input", return_value="Zed") as mi:
    print(ask(), mi.call_args)
with patch("builtins.input", side_effect=["a", "b"]):
    print(ask(), ask())
class Config:
    @property
    def debug(self): return False
with patch.object(Config, "debug", new_callable=PropertyMock, return_value=True) as pd:
    print(Config().debug, pd.call_count)
print(Config().debug)
class Repo:
    def get(self, k): return "real"
    def put(self, k, v): pass
with patch(__name__ + ".Repo", autospec=True) as R:
    r = Repo()
    r.get.return_value = "fake"
    print(r.get("k"), R.call_count, isinstance(r, MagicMock) or type(r).__name__)
    try: r.get()
    except TypeError as e: print("TypeError", e)
    try: r.nothing
    except AttributeError as e: print("AttributeError", e)
with patch(__name__ + ".Repo", spec=True) as R2:
    print(type(R2).__name__, R2().get is not None)
    try: R2.nothing
    except AttributeError as e: print("AttributeError", e)
m = mock_open(read_data="a,b\nc,d\n")
with patch("builtins.open", m):
    with open("data.csv") as fh:
        print([line for line in fh])
    with open("out.txt", "w") as fh:
        fh.write("x"); fh.write("y")
print(m.call_args_list, m().write.call_args_list)
handle = m()
print(handle.write.call_count, m.mock_calls[:3])
class T(unittest.TestCase):
    @patch("sys.stdout", new_callable=io.StringIO)
    def test_out(self, fake):
        greet("Q")
        self.assertEqual(fake.getvalue(), "Hello, Q\n")
    @patch("builtins.input", lambda _: "typed")
    def test_in(self):
        self.assertEqual(ask(), "typed")
    def test_ctx(self):
        with patch.object(sys, "argv", ["prog", "-x"]):
            self.assertEqual(sys.argv[1], "-x")
r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r.testsRun, r.wasSuccessful(), sys.argv[1:] == [])
