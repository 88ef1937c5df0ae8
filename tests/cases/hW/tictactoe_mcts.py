# Tic-tac-toe: exhaustive minimax with memoisation, and UCT Monte-Carlo tree search.
import math
import random
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return "draw" if "." not in b else None


def moves(b):
    return [i for i, v in enumerate(b) if v == "."]


def play(b, i, p):
    return b[:i] + p + b[i + 1:]


other = {"X": "O", "O": "X"}.__getitem__


@lru_cache(maxsize=None)
def minimax(b, p):
    w = winner(b)
    if w == "draw":
        return 0, None
    if w is not None:
        return (1 if w == "X" else -1), None
    best = None
    for m in moves(b):
        score, _ = minimax(play(b, m, p), other(p))
        if best is None or (p == "X" and score > best[0]) or (p == "O" and score < best[0]):
            best = (score, m)
    return best


class Node:
    __slots__ = ("board", "player", "parent", "move", "children", "untried", "wins", "visits")

    def __init__(self, board, player, parent=None, move=None):
        self.board, self.player, self.parent, self.move = board, player, parent, move
        self.children = []
        self.untried = moves(board) if winner(board) is None else []
        self.wins = 0.0
        self.visits = 0

    def uct_child(self, c=1.4):
        return max(self.children, key=lambda n: n.wins / n.visits + c * math.sqrt(math.log(self.visits) / n.visits))


def mcts(board, player, iters, rng):
    root = Node(board, player)
    for _ in range(iters):
        node = root
        while not node.untried and node.children:
            node = node.uct_child()
        if node.untried:
            m = node.untried.pop(rng.randrange(len(node.untried)))
            child = Node(play(node.board, m, node.player), other(node.player), node, m)
            node.children.append(child)
            node = child
        b, p = node.board, node.player
        while winner(b) is None:
            b = play(b, rng.choice(moves(b)), p)
            p = other(p)
        w = winner(b)
        while node is not None:
            node.visits += 1
            mover = other(node.player)
            if w == "draw":
                node.wins += 0.5
            elif w == mover:
                node.wins += 1
            node = node.parent
    best = max(root.children, key=lambda n: n.visits)
    stats = sorted(((n.move, n.visits, round(n.wins / n.visits, 4)) for n in root.children), key=lambda t: -t[1])
    return best.move, stats[:3]


def show(b):
    return "\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3))


print(minimax("." * 9, "X"), minimax.cache_info().currsize)
print(minimax("X...O....", "X"), minimax("XX.OO....", "X"), minimax("XX.OO....", "O"))
rng = random.Random(77)
for game in range(3):
    b, p = "." * 9, "X"
    trail = []
    while winner(b) is None:
        if p == "X":
            m, stats = mcts(b, p, 300, rng)
        else:
            m = minimax(b, p)[1]
            stats = None
        trail.append((p, m, stats))
        b = play(b, m, p)
        p = other(p)
    print(f"game {game}: result={winner(b)} moves={[t[1] for t in trail]}")
    print(show(b))
    print(trail[0][2])
print(rng.random(), rng.getrandbits(16))
