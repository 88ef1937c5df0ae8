(a): int
