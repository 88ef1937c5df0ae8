# A small one-way dataflow constraint solver (deltablue-like).
from enum import IntEnum


class Strength(IntEnum):
    REQUIRED = 0
    STRONG_PREFERRED = 1
    PREFERRED = 2
    STRONG_DEFAULT = 3
    NORMAL = 4
    WEAK_DEFAULT = 5
    WEAKEST = 6

    def stronger(self, other):
        return self < other

    def weaker(self, other):
        return self > other

    @classmethod
    def weakest_of(cls, a, b):
        return a if a.weaker(b) else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = Strength.WEAKEST
        self.stay = True
        self.mark = 0

    def __repr__(self):
        return f"Variable({self.name!r}, {self.value!r})"


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def __repr__(self):
        return f"<{type(self).__name__} {self.strength.name}>"


class UnaryConstraint(Constraint):
    def __init__(self, v, strength):
        super().__init__(strength)
        self.output = v
        self.satisfied = False
        v.constraints.append(self)

    def inputs(self):
        return []

    def outputs(self):
        return [self.output]

    def choose_method(self, mark):
        self.satisfied = (self.output.mark != mark
                          and self.strength.stronger(self.output.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_unsatisfied(self):
        self.satisfied = False

    def recalculate(self):
        self.output.walk_strength = self.strength
        self.output.stay = not self.is_input()
        if self.output.stay:
            self.execute()

    def is_input(self):
        return False

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, a, b, strength):
        super().__init__(strength)
        self.v1, self.v2 = a, b
        self.direction = None
        a.constraints.append(self)
        b.constraints.append(self)

    def choose_method(self, mark):
        if self.v1.mark == mark:
            ok = self.v2.mark != mark and self.strength.stronger(self.v2.walk_strength)
            self.direction = "fwd" if ok else None
        elif self.v2.mark == mark:
            ok = self.v1.mark != mark and self.strength.stronger(self.v1.walk_strength)
            self.direction = "bwd" if ok else None
        elif self.v1.walk_strength.weaker(self.v2.walk_strength):
            self.direction = "bwd" if self.strength.stronger(self.v1.walk_strength) else None
        else:
            self.direction = "fwd" if self.strength.stronger(self.v2.walk_strength) else None

    def is_satisfied(self):
        return self.direction is not None

    def mark_unsatisfied(self):
        self.direction = None

    def input(self):
        return self.v1 if self.direction == "fwd" else self.v2

    def output(self):
        return self.v2 if self.direction == "fwd" else self.v1

    def inputs(self):
        return [self.input()]

    def outputs(self):
        return [self.output()]

    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()

    def is_input(self):
        return False


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength):
        self.scale, self.offset = scale, offset
        super().__init__(src, dest, strength)

    def execute(self):
        if self.direction == "fwd":
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            q, r = divmod(self.v2.value - self.offset.value, self.scale.value)
            self.v1.value = q


class Planner:
    def __init__(self):
        self.mark = 0
        self.constraints = []

    def new_mark(self):
        self.mark += 1
        return self.mark

    def add(self, c):
        self.constraints.append(c)
        self.solve()

    def remove(self, c):
        self.constraints.remove(c)
        for v in (c.inputs() + c.outputs()) if c.is_satisfied() else []:
            pass
        c.mark_unsatisfied()
        for v in self.all_vars():
            if c in v.constraints:
                v.constraints.remove(c)
        self.solve()

    def all_vars(self):
        seen = {}
        for c in self.constraints:
            for v in (c.output,) if isinstance(c, UnaryConstraint) else (c.v1, c.v2):
                seen[v.name] = v
        return list(seen.values())

    def solve(self):
        for v in self.all_vars():
            v.walk_strength = Strength.WEAKEST
            v.determined_by = None
            v.stay = True
        for c in self.constraints:
            c.mark_unsatisfied()
        order = sorted(self.constraints, key=lambda c: c.strength)
        plan = []
        mark = self.new_mark()
        for c in order:
            c.choose_method(mark)
            if c.is_satisfied():
                for o in c.outputs():
                    o.mark = mark
                    o.determined_by = c
                c.recalculate()
                plan.append(c)
        self.plan = plan
        return plan

    def execute_plan(self):
        for c in self.plan:
            c.execute()


def chain_test(n):
    planner = Planner()
    vs = [Variable(f"v{i}") for i in range(n + 1)]
    for a, b in zip(vs, vs[1:]):
        planner.add(EqualityConstraint(a, b, Strength.REQUIRED))
    planner.add(StayConstraint(vs[-1], Strength.STRONG_DEFAULT))
    edit = EditConstraint(vs[0], Strength.PREFERRED)
    planner.add(edit)
    total = 0
    for i in range(20):
        vs[0].value = i
        planner.execute_plan()
        if vs[-1].value != i:
            print("chain failed", i, vs[-1])
        total += vs[-1].value
    planner.remove(edit)
    return total, len(planner.plan)


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    planner.add(StayConstraint(scale, Strength.REQUIRED))
    planner.add(StayConstraint(offset, Strength.REQUIRED))
    srcs, dests = [], []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        srcs.append(src)
        dests.append(dst)
        planner.add(StayConstraint(src, Strength.NORMAL))
        planner.add(ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED))
    planner.execute_plan()
    out = [d.value for d in dests]
    edit = EditConstraint(dests[0], Strength.PREFERRED)
    planner.add(edit)
    dests[0].value = 2017
    planner.execute_plan()
    return out[:5], srcs[0].value, [str(c.strength) for c in planner.plan[:3]]


print(chain_test(30))
print(chain_test(100))
print(projection_test(25))
print(list(Strength)[:3], Strength.weakest_of(Strength.NORMAL, Strength.WEAKEST))
print(repr(Strength.PREFERRED), format(Strength.PREFERRED, "d"), f"{Strength.NORMAL!s}")
print(sorted([Strength.WEAKEST, Strength.REQUIRED, Strength.NORMAL]))
print(Strength(3), Strength["STRONG_DEFAULT"] + 1, Strength.NORMAL in Strength)
try:
    Strength(9)
except ValueError as e:
    print(type(e).__name__, e)
p = Planner()
v = Variable("x", 3.5)
p.add(StayConstraint(v, Strength.WEAK_DEFAULT))
print(p.plan, v, v.walk_strength)
