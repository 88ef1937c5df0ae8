import sys; sys.excepthook = 5; 1/0
