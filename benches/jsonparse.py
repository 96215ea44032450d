# JSON-like text: generate nested documents, serialise them with our own
# writer, parse them back with a hand-written tokenizer and recursive-descent
# parser, and check that the round trip gives the same value.
# bench: size=800 quick-size=150 quick-subset=no
import sys


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


KEYS = ["id", "name", "tags", "score", "active", "children", "note", "weight", "path"]


def make_value(rng, depth):
    kind = rng.next(8 if depth < 4 else 5)
    if kind == 0:
        return rng.next(100000) - 50000
    if kind == 1:
        return (rng.next(2000000) - 1000000) / 64.0
    if kind == 2:
        chars = []
        for _ in range(rng.next(12)):
            c = rng.next(40)
            if c < 26:
                chars.append(chr(97 + c))
            elif c < 30:
                chars.append(" ")
            elif c == 30:
                chars.append('"')
            elif c == 31:
                chars.append("\\")
            elif c == 32:
                chars.append("\n")
            elif c == 33:
                chars.append("\u00e9")
            else:
                chars.append(chr(48 + c - 34))
        return "".join(chars)
    if kind == 3:
        return rng.next(2) == 0
    if kind == 4:
        return None
    if kind == 5 or kind == 6:
        obj = {}
        for _ in range(1 + rng.next(5)):
            obj[KEYS[rng.next(len(KEYS))]] = make_value(rng, depth + 1)
        return obj
    return [make_value(rng, depth + 1) for _ in range(rng.next(6))]


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def write_string(s, out):
    out.append('"')
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ord(ch) > 126:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')


def write(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        write_string(value, out)
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            write(item, out)
        out.append("]")
    else:
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(", ")
            first = False
            write_string(key, out)
            out.append(": ")
            write(item, out)
        out.append("}")


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_space(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def expect(self, word, value):
        if self.text.startswith(word, self.pos):
            self.pos += len(word)
            return value
        raise ParseError("expected %s at %d" % (word, self.pos))

    def parse(self):
        value = self.value()
        self.skip_space()
        if self.pos != len(self.text):
            raise ParseError("trailing text at %d" % self.pos)
        return value

    def value(self):
        self.skip_space()
        if self.pos >= len(self.text):
            raise ParseError("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "n":
            return self.expect("null", None)
        if ch == "t":
            return self.expect("true", True)
        if ch == "f":
            return self.expect("false", False)
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_space()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_space()
            key = self.string()
            self.skip_space()
            self.expect(":", None)
            result[key] = self.value()
            self.skip_space()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected , or } at %d" % self.pos)

    def array(self):
        self.pos += 1
        result = []
        self.skip_space()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_space()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError("expected , or ] at %d" % self.pos)

    def string(self):
        text = self.text
        if text[self.pos] != '"':
            raise ParseError("expected string at %d" % self.pos)
        pos = self.pos + 1
        chars = []
        while True:
            ch = text[pos]
            if ch == '"':
                break
            if ch == "\\":
                pos += 1
                esc = text[pos]
                if esc == "n":
                    chars.append("\n")
                elif esc == "t":
                    chars.append("\t")
                elif esc == "u":
                    chars.append(chr(int(text[pos + 1:pos + 5], 16)))
                    pos += 4
                else:
                    chars.append(esc)
            else:
                chars.append(ch)
            pos += 1
        self.pos = pos + 1
        return "".join(chars)

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        is_float = False
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            if text[pos] in ".eE":
                is_float = True
            pos += 1
        if pos == start:
            raise ParseError("unexpected %r at %d" % (text[pos], pos))
        self.pos = pos
        if is_float:
            return float(text[start:pos])
        return int(text[start:pos])


def count_nodes(value):
    if isinstance(value, list):
        return 1 + sum([count_nodes(v) for v in value])
    if isinstance(value, dict):
        return 1 + sum([count_nodes(v) for v in value.values()])
    return 1


def main(rounds):
    rng = Random(2024)
    total_chars = 0
    total_nodes = 0
    h = 0
    for _ in range(rounds):
        doc = [make_value(rng, 0) for _ in range(60)]
        out = []
        write(doc, out)
        text = "".join(out)
        back = Parser(text).parse()
        if back != doc:
            raise ParseError("round trip changed the document")
        out2 = []
        write(back, out2)
        again = "".join(out2)
        if again != text:
            raise ParseError("second serialisation differs")
        total_chars += len(text)
        total_nodes += count_nodes(back)
        for ch in text[::7]:
            h = (h * 33 + ord(ch)) % 1000000007
    print("jsonparse", rounds, total_chars, total_nodes, h)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800)
