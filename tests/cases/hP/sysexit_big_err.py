raise SystemExit(256 + 3)
