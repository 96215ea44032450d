# A constraint solver in the style of incremental local-propagation solvers
# (DeltaBlue's family): variables are tied by constraints of different
# strengths; adding or removing a constraint re-plans which constraint
# determines each variable, weaker ones giving way to stronger ones, and an
# edit plan is executed to propagate new input values through chains and
# projections.
# bench: size=8000 quick-size=1500 quick-subset=no
import sys

REQUIRED = 0
STRONG_PREFERRED = 1
PREFERRED = 2
STRONG_DEFAULT = 3
NORMAL = 4
WEAK_DEFAULT = 5
WEAKEST = 6


class SolverError(Exception):
    pass


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0


class Constraint:
    def __init__(self, solver, strength):
        self.solver = solver
        self.strength = strength

    def variables(self):
        raise NotImplementedError

    def install(self):
        for v in self.variables():
            v.constraints.append(self)
        self.solver.incremental_add(self)

    def uninstall(self):
        self.solver.incremental_remove(self)
        for v in self.variables():
            v.constraints.remove(self)


class UnaryConstraint(Constraint):
    def __init__(self, solver, var, strength):
        Constraint.__init__(self, solver, strength)
        self.var = var
        self.satisfied = False

    def variables(self):
        return [self.var]

    def is_satisfied(self):
        return self.satisfied

    def output(self):
        return self.var

    def choose(self, mark):
        v = self.var
        self.satisfied = v.mark != mark and self.strength < v.walk_strength

    def unsatisfy(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def is_input(self):
        return False

    def inputs(self):
        return []

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its current value (weakly, usually)."""


class EditConstraint(UnaryConstraint):
    """Marks a variable as an input the user is about to change."""

    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    FORWARD = 1
    BACKWARD = -1
    NONE = 0

    def __init__(self, solver, a, b, strength):
        Constraint.__init__(self, solver, strength)
        self.a = a
        self.b = b
        self.direction = BinaryConstraint.NONE

    def variables(self):
        return [self.a, self.b]

    def is_satisfied(self):
        return self.direction != BinaryConstraint.NONE

    def output(self):
        return self.b if self.direction == BinaryConstraint.FORWARD else self.a

    def input(self):
        return self.a if self.direction == BinaryConstraint.FORWARD else self.b

    def inputs(self):
        return [self.input()]

    def choose(self, mark):
        a = self.a
        b = self.b
        self.direction = BinaryConstraint.NONE
        can_b = b.mark != mark and self.strength < b.walk_strength
        can_a = a.mark != mark and self.strength < a.walk_strength
        if can_a and can_b:
            # Override the weaker of the two.
            if a.walk_strength > b.walk_strength:
                self.direction = BinaryConstraint.BACKWARD
            else:
                self.direction = BinaryConstraint.FORWARD
        elif can_b:
            self.direction = BinaryConstraint.FORWARD
        elif can_a:
            self.direction = BinaryConstraint.BACKWARD

    def unsatisfy(self):
        self.direction = BinaryConstraint.NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def recalculate(self):
        i = self.input()
        o = self.output()
        o.walk_strength = max(self.strength, i.walk_strength)
        o.stay = i.stay
        if o.stay:
            self.execute()

    def is_input(self):
        return False


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset (forward) or a = (b - offset) / scale."""

    def __init__(self, solver, a, scale, offset, b, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, solver, a, b, strength)

    def variables(self):
        return [self.a, self.b, self.scale, self.offset]

    def inputs(self):
        return [self.input(), self.scale, self.offset]

    def recalculate(self):
        i = self.input()
        o = self.output()
        o.walk_strength = max(self.strength, i.walk_strength)
        o.stay = i.stay and self.scale.stay and self.offset.stay
        if o.stay:
            self.execute()

    def execute(self):
        if self.direction == BinaryConstraint.FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value


class Solver:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = self.satisfy(c, mark)
        while overridden is not None:
            overridden = self.satisfy(overridden, mark)

    def satisfy(self, c, mark):
        """Try to enforce c; returns the constraint it displaced, if any."""
        c.choose(mark)
        if not c.is_satisfied():
            if c.strength == REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        for i in c.inputs():
            i.mark = mark
        out = c.output()
        displaced = out.determined_by
        if displaced is not None:
            displaced.unsatisfy()
        out.determined_by = c
        if not self.propagate_from(c):
            raise SolverError("cycle encountered")
        out.mark = mark
        return displaced

    def incremental_remove(self, c):
        if not c.is_satisfied():
            return
        out = c.output()
        c.unsatisfy()
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        for d in self.downstream_of(out):
            d.recalculate()
        for d in self.consumers_unsatisfied(out, []):
            unsatisfied.append(d)
        unsatisfied.sort(key=lambda k: k.strength)
        for u in unsatisfied:
            if u is not c:
                self.incremental_add(u)

    def consumers_unsatisfied(self, start, acc):
        seen = {}
        todo = [start]
        while todo:
            v = todo.pop()
            if v.name in seen:
                continue
            seen[v.name] = True
            for k in v.constraints:
                if not k.is_satisfied():
                    acc.append(k)
                elif k.output() is not v:
                    todo.append(k.output())
        return acc

    def downstream_of(self, v):
        """Satisfied constraints reachable from v, in dependency order."""
        order = []
        todo = [v]
        seen = {}
        while todo:
            var = todo.pop(0)
            for k in var.constraints:
                if k.is_satisfied() and k.output() is not var and k.output().name not in seen:
                    if var in k.inputs():
                        seen[k.output().name] = True
                        order.append(k)
                        todo.append(k.output())
        return order

    def propagate_from(self, c):
        c.recalculate()
        out = c.output()
        todo = [out]
        steps = 0
        while todo:
            v = todo.pop(0)
            steps += 1
            if steps > 100000:
                return False
            for k in v.constraints:
                if k is not v.determined_by and k.is_satisfied() and v in k.inputs():
                    k.recalculate()
                    todo.append(k.output())
        return True

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = [c for c in sources]
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                for k in out.constraints:
                    if k is not c and k.is_satisfied() and k.output() is not out:
                        todo.append(k)
        return plan


def change(solver, var, value, repeats):
    edit = EditConstraint(solver, var, PREFERRED)
    edit.install()
    plan = solver.make_plan([edit])
    for _ in range(repeats):
        var.value = value
        for c in plan:
            c.execute()
    edit.uninstall()


def chain_test(n):
    solver = Solver()
    variables = [Variable("v%d" % i, 0) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(solver, variables[i], variables[i + 1], REQUIRED).install()
    StayConstraint(solver, variables[n], STRONG_DEFAULT).install()
    first = variables[0]
    last = variables[n]
    edit = EditConstraint(solver, first, PREFERRED)
    edit.install()
    plan = solver.make_plan([edit])
    total = 0
    for value in range(60):
        first.value = value
        for c in plan:
            c.execute()
        if last.value != value:
            raise SolverError("chain test failed: %d != %d" % (last.value, value))
        total += last.value
    edit.uninstall()
    return total + len(plan)


def projection_test(n):
    solver = Solver()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = None
    dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(solver, src, NORMAL).install()
        ScaleConstraint(solver, src, scale, offset, dst, REQUIRED).install()
    change(solver, src, 17, 1)
    if dst.value != 1170:
        raise SolverError("projection 1 failed: %d" % dst.value)
    change(solver, dst, 1050, 1)
    if src.value != 5:
        raise SolverError("projection 2 failed: %d" % src.value)
    change(solver, scale, 5, 3)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            raise SolverError("projection 3 failed at %d" % i)
    change(solver, offset, 2000, 3)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            raise SolverError("projection 4 failed at %d" % i)
    return sum([d.value for d in dests]) % 1000000007


def main(n):
    check = 0
    for r in range(4):
        check = (check * 31 + chain_test(n + r) + projection_test(n + r)) % 1000000007
    print("deltablue", n, check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8000)
