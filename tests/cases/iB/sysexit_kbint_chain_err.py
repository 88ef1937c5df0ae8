try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    raise SystemExit("exit during kbint handling")
