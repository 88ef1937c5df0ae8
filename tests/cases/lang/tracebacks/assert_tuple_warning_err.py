assert (1, "always")
raise SystemExit(0)
