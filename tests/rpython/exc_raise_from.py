class ParseError(Exception):
    pass


class ConfigError(Exception):
    pass


def parse_port(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("bad port " + repr(s)) from e


def load(s: str) -> int:
    try:
        p = parse_port(s)
    except ParseError as e:
        raise ConfigError("config: " + str(e))
    if p < 0:
        raise ConfigError("negative port") from None
    return p


def main(argv: list[str]) -> int:
    for s in ["80", "x80", "-1", " 443 "]:
        try:
            print("port", load(s))
        except ConfigError as e:
            print("ConfigError:", e)
    try:
        parse_port("?")
    except ParseError as e:
        print("ParseError:", e)
    load("oops")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
