import modhelper_geometry


def main(argv: list[str]) -> int:
    p = modhelper_geometry.Point(3, -4)
    q = modhelper_geometry.Point(1, 1)
    r = modhelper_geometry.add(p, q)
    print(p, q, r, r.manhattan())
    print(modhelper_geometry.circle_area(2.0), modhelper_geometry.PI_ISH)
    print(modhelper_geometry.ORIGIN_NAME, modhelper_geometry.origin())
    pts: list[modhelper_geometry.Point] = [p, q, r]
    print(sorted([pt.manhattan() for pt in pts]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
