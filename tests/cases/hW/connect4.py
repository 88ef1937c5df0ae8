# Connect-four with seeded random playouts (flat Monte Carlo).
import random

ROWS, COLS = 6, 7


class Board:
    def __init__(self):
        self.cells = [["."] * COLS for _ in range(ROWS)]
        self.heights = [0] * COLS
        self.moves = []

    def copy(self):
        b = Board.__new__(Board)
        b.cells = [row[:] for row in self.cells]
        b.heights = list(self.heights)
        b.moves = self.moves.copy()
        return b

    def legal(self):
        return [c for c in range(COLS) if self.heights[c] < ROWS]

    def play(self, col, piece):
        if not 0 <= col < COLS:
            raise IndexError(f"column {col} out of range")
        if self.heights[col] >= ROWS:
            raise ValueError(f"column {col} is full")
        r = self.heights[col]
        self.cells[r][col] = piece
        self.heights[col] += 1
        self.moves.append(col)
        return r

    def winner_at(self, r, c):
        p = self.cells[r][c]
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
            n = 1
            for sgn in (1, -1):
                rr, cc = r + dr * sgn, c + dc * sgn
                while 0 <= rr < ROWS and 0 <= cc < COLS and self.cells[rr][cc] == p:
                    n += 1
                    rr += dr * sgn
                    cc += dc * sgn
            if n >= 4:
                return p
        return None

    def __str__(self):
        return "\n".join("|" + "".join(row) + "|" for row in reversed(self.cells))


def playout(board, piece, rng):
    b = board.copy()
    turn = piece
    while True:
        legal = b.legal()
        if not legal:
            return None
        col = rng.choice(legal)
        r = b.play(col, turn)
        if b.winner_at(r, col):
            return turn
        turn = "O" if turn == "X" else "X"


def best_move(board, piece, rng, n=12):
    scores = {}
    for col in board.legal():
        b = board.copy()
        r = b.play(col, piece)
        if b.winner_at(r, col):
            return col, {col: n}
        other = "O" if piece == "X" else "X"
        wins = 0
        for _ in range(n):
            w = playout(b, other, rng)
            if w == piece:
                wins += 1
            elif w is None:
                wins += 0.5
        scores[col] = wins
    best = max(scores, key=lambda c: (scores[c], -abs(c - 3)))
    return best, scores


def game(seed):
    rng = random.Random(seed)
    board = Board()
    piece = "X"
    while board.legal():
        if piece == "X":
            col, scores = best_move(board, piece, rng)
        else:
            col = rng.choice(board.legal())
        r = board.play(col, piece)
        if board.winner_at(r, col):
            return piece, board
        piece = "O" if piece == "X" else "X"
    return None, board


for seed in (1, 2, 3):
    w, b = game(seed)
    print("seed", seed, "winner", w, "moves", "".join(map(str, b.moves)))
    print(b)

random.seed(12345)
print([random.randrange(10) for _ in range(10)])
print([random.randint(-5, 5) for _ in range(8)])
print(random.random(), random.uniform(1, 2), random.getrandbits(70))
deck = list(range(20))
random.shuffle(deck)
print(deck, random.sample(deck, 5), random.sample(range(1000), 4))
print(random.choices("abc", weights=[5, 1, 1], k=10), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=6))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12), round(random.expovariate(1.5), 12))
print(random.randrange(0, 100, 7), random.randrange(-10, 10, 3), random.triangular(0, 10, 3))
print(round(random.betavariate(2, 3), 12), round(random.gammavariate(2.0, 1.0), 12), random.vonmisesvariate(1, 1))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)])
random.seed("hello")
print(random.random(), random.randrange(1 << 80))
random.seed(b"bytes-seed")
print(random.random())
random.seed(-7)
print(random.random())
random.seed(3.5)
print(random.random(), random.randbytes(6))
r2 = random.Random()
r2.seed(99, version=1)
print(r2.random())
for bad in (lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
            lambda: random.randrange(1, 10, 0), lambda: random.randint(3, 1), lambda: random.sample({1, 2}, 1),
            lambda: random.choices([1, 2], weights=[1], k=2), lambda: random.randrange(2.5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
