from collections import namedtuple
Emp = namedtuple('Emp', 'name age dept')
staff = [Emp('ann', 30, 'eng'), Emp('bob', 25, 'ops'), Emp('cy', 35, 'eng')]
print(sorted(staff, key=lambda e: e.age)[0].name, [e.name for e in staff if e.dept == 'eng'])
print(max(staff, key=lambda e: e.age), sum(e.age for e in staff))
for name, age, dept in staff:
    print(f'{name:>4} {age:3d} {dept}')
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, staff[0]._asdict())
print(list(zip(*staff)))
print(Emp.name.__doc__, Emp.age.__doc__)
