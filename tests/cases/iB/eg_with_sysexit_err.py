raise BaseExceptionGroup("exits", [SystemExit(3), ValueError("v")])
