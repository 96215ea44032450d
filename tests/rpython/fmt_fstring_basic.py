def main(argv: list[str]) -> int:
    name = "Ada"
    age = 36
    ratio = 0.75
    ok = True
    print(f"name={name} age={age} ratio={ratio} ok={ok}")
    print(f"{name!r} {name!s} {age!r} {ratio!r}")
    print(f"{age + 1} {age * 2 - 1} {age // 5} {age % 5} {-age}")
    print(f"{name.upper()} {len(name)} {name[0]} {name[-1]}")
    print(f"{'yes' if ok else 'no'} {'big' if age > 100 else 'small'}")
    xs = [1, 2, 3]
    print(f"{xs} {xs[1]} {len(xs)} {sum(xs)}")
    print(f"{{braces}} {{{age}}}")
    print(f"")
    print(f"plain")
    print(f"{name}{age}{name}")
    quote = "it's"
    print(f"{quote!r} {quote}")
    t = (1, "a")
    print(f"{t} {t[1]!r}")
    d = {"k": 5}
    print(f"{d['k']} {d}")
    print(f"{1.5 + 2} {7 / 2} {2 ** 10}")
    print(f"multi " f"part {age}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
