def main(argv: list[str]) -> int:
    xs = [1, 2, 3]
    print(",".join(str(x) for x in xs))
    ws = ["a", "b", "c"]
    print("-".join(w.upper() for w in ws if w != "b"))
    print("".join(c * 2 for c in "xyz"))
    print("|".join(f"{k}={v}" for k, v in {"p": 1, "q": 2}.items()))
    print(repr(" ".join(s for s in ws if s == "zz")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
