from dataclasses import dataclass
@dataclass(order=True, frozen=True)
class P:
    x: object
    y: int = 0
print(P(1) < P(2), P(1, 2) == P(1, 2), hash(P(1)) == hash(P(1)), P(1) >= P(1), sorted([P(3), P(1)]))
@dataclass(eq=True, unsafe_hash=True)
class E: pass
print(E() == E(), hash(E()) == hash(()), E() < E() if False else "")
print(P(None) < P(1))
