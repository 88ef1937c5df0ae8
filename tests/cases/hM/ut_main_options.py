import unittest, io, re, sys
class T(unittest.TestCase):
    def test_print_ok(self):
        print("printed in passing test")
    def test_print_fail(self):
        print("out before failure")
        sys.stderr.write("err before failure\n")
        self.assertEqual("abc", "abd")
    def test_other(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest("checking", i=i):
                print("sub", i)
                self.assertNotEqual(i, 1)
def run(argv):
    buf = io.StringIO()
    prog = unittest.main(module=__name__, argv=["prog"] + argv, exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2 if "-v" in argv else 1))
    text = re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue())
    print("ARGV", argv); print(re.sub(r'File ".*?", line \d+', "File X", text)); print(prog.result.testsRun)
run(["-b"])
run(["-k", "print", "-v"])
run(["-k", "*other*"])
run(["T.test_other", "T.test_sub"])
run(["-f", "-v"])
run(["-q"]) if False else None
run(["T.nope", "-v"])
run(["nosuchmodule_xyz"])
l = unittest.TestLoader(); s = l.loadTestsFromName("T.missing", sys.modules[__name__])
print(s.countTestCases(), [t.id() for t in s], len(l.errors), l.errors[0].splitlines()[0], l.errors[0].splitlines()[-1])
s = l.loadTestsFromName("nosuchmodule_abc")
print(s.countTestCases(), [t.id() for t in s], len(l.errors), l.errors[-1].splitlines()[0], l.errors[-1].splitlines()[-1])
