compile("def f(:", "<test>", "exec")
