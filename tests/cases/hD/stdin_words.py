import sys
from collections import Counter

def main():
    data = sys.stdin.read()
    print(repr(data), len(data))
    lines = sys.stdin.readlines()
    print(lines)
    print(repr(sys.stdin.readline()))
    try:
        s = input("prompt> ")
    except EOFError as e:
        print("EOFError", repr(e), e.args)
    text = data or "the quick brown fox jumps over the lazy dog the end"
    words = text.split()
    c = Counter(words)
    print(c.most_common(2))
    for line in sys.stdin:
        print("never", line)
    print(sys.stdin.isatty(), sys.stdin.name if hasattr(sys.stdin, "name") else None)
    print(sys.stdin.encoding, sys.stdout.encoding)
    print(sys.argv[0], len(sys.argv))

if __name__ == "__main__":
    if sys.stdin.isatty():  # run from a terminal: nothing to compare
        sys.exit(0)
    main()
    input("last")
