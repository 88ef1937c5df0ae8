from enum import IntFlag, auto
import enum


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm.R | Perm.W, f"{Perm.R | Perm.X}")
print(Perm.R + 1, Perm.R | 8, repr(Perm.R | 8), repr(Perm(9)), repr(Perm(16)), repr(Perm(0)))
print(Perm.R == 4, Perm.R & 6, repr(Perm.R & 6), repr(6 & Perm.R), repr(1 | Perm.R))
print(repr(~Perm.R), repr(~Perm(0)), repr(~(Perm.R | Perm.W | Perm.X)), ~Perm.X)
print(isinstance(Perm.R, int), list(Perm.R | Perm.X), Perm.R in (Perm.R | 8))
print(int(Perm.R | Perm.W), '%d' % (Perm.R | Perm.W), hex(Perm.R | Perm.X), Perm.W << 1)
print(list(Perm), len(Perm), bool(Perm(0)), Perm(7).name, Perm(12).name, Perm(8).name)
print(repr(Perm), Perm.__mro__)
print(Perm(-1), repr(Perm(-1)), repr(Perm(-5)))


class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    APPEND = 8
    CREAT = 64


flags = Open.WRONLY | Open.CREAT | Open.APPEND
print(repr(flags), flags, flags & Open.CREAT == Open.CREAT, Open.RDONLY, repr(Open.RDONLY))
print([f.name for f in flags])


class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print(list(Bits), repr(Bits.AB), repr(Bits.A | Bits.B), repr(Bits(7)))
print(Perm._boundary_ is enum.KEEP, enum.Flag._boundary_ is enum.STRICT)
