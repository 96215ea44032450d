"""Tokenizer of the Python VM (Python 3.11 lexical rules).

Written in the input language.  `tokenize(source)` turns a whole source
text into a list of `Token`s ending with ENDMARKER.  A lexical error does
not raise at once: the tokens read so far are kept and the error is
stored in `Tokenizer.error`, so that the parser can report an earlier
syntax error first (as CPython does, whose parser pulls tokens lazily).

Strings (including f-strings) are one STRING token holding the raw source
text with its prefix and quotes; the parser decodes them.
"""

from interpreter.objspace.unicodeid import is_id_start, is_id_continue

ENDMARKER = 0
NAME = 1
NUMBER = 2
STRING = 3
OP = 4
NEWLINE = 5
INDENT = 6
DEDENT = 7

TOKEN_NAMES = ["ENDMARKER", "NAME", "NUMBER", "STRING", "OP", "NEWLINE", "INDENT", "DEDENT"]

OPERATORS3 = ["**=", "//=", ">>=", "<<=", "...", "!="]
OPERATORS2 = ["!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
              "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="]
OPERATORS1 = "%&()*+,-./:;<=>@[]^{|}~"

STRING_PREFIXES = ["r", "u", "b", "f", "br", "rb", "fr", "rf"]


class ParseError(Exception):
    """A syntax error: message as CPython's SyntaxError, position 1-based
    (offset counts characters, like SyntaxError.offset), the source line."""

    def __init__(self, msg: str, lineno: int, offset: int, text: str, end_lineno: int, end_offset: int, kind: str) -> None:
        Exception.__init__(self, msg)
        self.msg: str = msg
        self.lineno: int = lineno
        self.offset: int = offset
        self.text: str = text
        self.end_lineno: int = end_lineno
        self.end_offset: int = end_offset
        self.kind: str = kind          # "SyntaxError", "IndentationError" or "TabError"

    def __str__(self) -> str:
        return self.msg + " (line " + str(self.lineno) + ")"


class Token:
    def __init__(self, kind: int, value: str, lineno: int, col: int, end_lineno: int, end_col: int) -> None:
        self.kind: int = kind
        self.value: str = value
        self.lineno: int = lineno          # 1-based
        self.col: int = col                # 0-based, in characters
        self.end_lineno: int = end_lineno
        self.end_col: int = end_col

    def __repr__(self) -> str:
        return TOKEN_NAMES[self.kind] + "(" + repr(self.value) + ", " + str(self.lineno) + ":" + str(self.col) + ")"


def is_ident_start(c: str) -> bool:
    if ("a" <= c <= "z") or ("A" <= c <= "Z") or c == "_":
        return True
    if ord(c) >= 128:
        return is_id_start(c)
    return False


def is_ident_char(c: str) -> bool:
    if ("a" <= c <= "z") or ("A" <= c <= "Z") or c == "_" or ("0" <= c <= "9"):
        return True
    if ord(c) >= 128:
        return is_id_continue(c)
    return False


def is_digit(c: str) -> bool:
    return "0" <= c <= "9"


def utf8_len_prefix(line: str, col: int) -> int:
    """UTF-8 byte length of line[:col]."""
    n = 0
    i = 0
    while i < col and i < len(line):
        o = ord(line[i])
        if o < 0x80:
            n += 1
        elif o < 0x800:
            n += 2
        elif o < 0x10000:
            n += 3
        else:
            n += 4
        i += 1
    if col > len(line):
        n += col - len(line)
    return n


def split_lines(source: str) -> list[str]:
    """The physical lines, each with its line ending ("\\n" normalised)."""
    lines: list[str] = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\n":
            lines.append(source[start:i + 1])
            start = i + 1
        elif c == "\r":
            if i + 1 < n and source[i + 1] == "\n":
                lines.append(source[start:i] + "\n")
                i += 1
            else:
                lines.append(source[start:i] + "\n")
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:n])
    return lines


class Tokenizer:
    def __init__(self, source: str) -> None:
        if len(source) > 0 and source[0] == "\ufeff":
            source = source[1:]
        self.lines: list[str] = split_lines(source)
        self.tokens: list[Token] = []
        self.error: ParseError | None = None
        self.indents: list[int] = [0]
        self.altindents: list[int] = [0]
        # open brackets: char, line, col
        self.brackets: list[str] = []
        self.bracket_lines: list[int] = []
        self.bracket_cols: list[int] = []
        self.bracket_tokens: list[int] = []
        self.unclosed_index: int = -1   # token index of a bracket never closed
        self.ascii: list[bool] = []
        for line in self.lines:
            a = True
            for ch in line:
                if ord(ch) >= 128:
                    a = False
                    break
            self.ascii.append(a)
        # set when tokenizing an f-string expression: positions are shifted
        self.line_offset: int = 0
        self.first_col_offset: int = 0

    def line_text(self, lineno: int) -> str:
        if 1 <= lineno <= len(self.lines):
            return self.lines[lineno - 1]
        return ""

    def byte_col(self, lineno: int, col: int) -> int:
        if 1 <= lineno <= len(self.lines):
            if self.ascii[lineno - 1]:
                return col
            return utf8_len_prefix(self.lines[lineno - 1], col)
        return col

    def make_error(self, msg: str, lineno: int, col: int, end_lineno: int, end_col: int, kind: str) -> ParseError:
        text = self.line_text(lineno)
        return ParseError(msg, lineno + self.line_offset, col + 1, text, end_lineno + self.line_offset, end_col + 1, kind)

    def add(self, kind: int, value: str, lineno: int, col: int, end_lineno: int, end_col: int) -> None:
        self.tokens.append(Token(kind, value, lineno, col, end_lineno, end_col))

    def tokenize(self) -> None:
        try:
            self.tokenize_lines()
        except ParseError as e:
            self.error = e

    def tokenize_lines(self) -> None:
        lines = self.lines
        nlines = len(lines)
        lineno = 0
        cont = False          # the previous line ended with a backslash
        pending_newline = False
        while lineno < nlines:
            line = lines[lineno]
            lineno += 1
            pos = 0
            n = len(line)
            if len(self.brackets) == 0 and not cont:
                # measure indentation
                col = 0
                altcol = 0
                while pos < n:
                    c = line[pos]
                    if c == " ":
                        col += 1
                        altcol += 1
                    elif c == "\t":
                        col = (col // 8 + 1) * 8
                        altcol += 1
                    elif c == "\f":
                        col = 0
                        altcol = 0
                    else:
                        break
                    pos += 1
                if pos >= n or line[pos] == "#" or line[pos] == "\n":
                    # blank line or comment-only line
                    continue
                if line[pos] == "\\":
                    # as CPython: a line starting with a continuation does
                    # not take part in indentation
                    pass
                else:
                    self.indentation(line, lineno, pos, col, altcol)
            cont = False
            # tokens of the line
            while pos < n:
                c = line[pos]
                if c == " " or c == "\t" or c == "\f":
                    pos += 1
                    continue
                if c == "#":
                    pos = n - 1 if line[n - 1] == "\n" else n
                    continue
                if c == "\n":
                    if len(self.brackets) == 0:
                        self.add(NEWLINE, "\n", lineno, pos, lineno, pos + 1)
                    pos += 1
                    continue
                if c == "\\":
                    if pos + 1 < n and line[pos + 1] == "\n":
                        cont = True
                        pos = n
                        if lineno >= nlines:
                            raise self.make_error("unexpected EOF while parsing", lineno, pos, lineno, pos, "SyntaxError")
                        continue
                    if pos + 1 >= n:
                        # backslash at the very end of the file
                        raise self.make_error("unexpected EOF while parsing", lineno, pos, lineno, pos, "SyntaxError")
                    raise self.make_error("unexpected character after line continuation character", lineno, pos + 1, lineno, pos + 1, "SyntaxError")
                if is_ident_start(c):
                    start = pos
                    while pos < n and is_ident_char(line[pos]):
                        pos += 1
                    word = line[start:pos]
                    if pos < n and (line[pos] == "'" or line[pos] == '"') and word.lower() in STRING_PREFIXES:
                        lineno, pos = self.read_string(lineno, start, pos)
                        line = lines[lineno - 1]
                        n = len(line)
                        continue
                    self.add(NAME, word, lineno, start, lineno, pos)
                    continue
                if is_digit(c) or (c == "." and pos + 1 < n and is_digit(line[pos + 1])):
                    pos = self.read_number(line, lineno, pos)
                    continue
                if c == "'" or c == '"':
                    lineno, pos = self.read_string(lineno, pos, pos)
                    line = lines[lineno - 1]
                    n = len(line)
                    continue
                # operators
                op = ""
                if pos + 3 <= n and line[pos:pos + 3] in OPERATORS3:
                    op = line[pos:pos + 3]
                elif pos + 2 <= n and line[pos:pos + 2] in OPERATORS2:
                    op = line[pos:pos + 2]
                elif c in OPERATORS1:
                    op = c
                if op == "":
                    if c == "!":
                        raise self.make_error("invalid syntax", lineno, pos, lineno, pos + 1, "SyntaxError")
                    if c == "$" or c == "?" or c == "`":
                        raise self.make_error("invalid syntax", lineno, pos, lineno, pos + 1, "SyntaxError")
                    raise self.make_error("invalid character '" + c + "' (U+" + hex4(ord(c)) + ")", lineno, pos, lineno, pos + 1, "SyntaxError")
                if op == "(" or op == "[" or op == "{":
                    self.brackets.append(op)
                    self.bracket_lines.append(lineno)
                    self.bracket_cols.append(pos)
                    self.bracket_tokens.append(len(self.tokens))
                elif op == ")" or op == "]" or op == "}":
                    if len(self.brackets) == 0:
                        raise self.make_error("unmatched '" + op + "'", lineno, pos, lineno, pos + 1, "SyntaxError")
                    opening = self.brackets.pop()
                    oline = self.bracket_lines.pop()
                    self.bracket_cols.pop()
                    self.bracket_tokens.pop()
                    if not ((opening == "(" and op == ")") or (opening == "[" and op == "]") or (opening == "{" and op == "}")):
                        if oline != lineno:
                            msg = "closing parenthesis '" + op + "' does not match opening parenthesis '" + opening + "' on line " + str(oline)
                        else:
                            msg = "closing parenthesis '" + op + "' does not match opening parenthesis '" + opening + "'"
                        raise self.make_error(msg, lineno, pos, lineno, pos + 1, "SyntaxError")
                self.add(OP, op, lineno, pos, lineno, pos + len(op))
                pos += len(op)
        # end of file
        if len(self.brackets) > 0:
            k = len(self.brackets) - 1
            bl = self.bracket_lines[k]
            bc = self.bracket_cols[k]
            self.unclosed_index = self.bracket_tokens[k]
            raise self.make_error("'" + self.brackets[k] + "' was never closed", bl, bc, bl, bc + 1, "SyntaxError")
        last = nlines
        lastcol = 0
        if nlines > 0:
            lastline = lines[nlines - 1]
            lastcol = len(lastline)
            if len(self.tokens) > 0 and self.tokens[len(self.tokens) - 1].kind != NEWLINE and len(self.brackets) == 0:
                t = self.tokens[len(self.tokens) - 1]
                if t.kind != INDENT and t.kind != DEDENT:
                    self.add(NEWLINE, "", t.end_lineno, t.end_col, t.end_lineno, t.end_col + 1)
            if lastline.endswith("\n"):
                last = nlines + 1
                lastcol = 0
        else:
            last = 1
        while len(self.indents) > 1:
            self.indents.pop()
            self.add(DEDENT, "", last, lastcol, last, lastcol)
        self.add(ENDMARKER, "", last, lastcol, last, lastcol)

    def indentation(self, line: str, lineno: int, pos: int, col: int, altcol: int) -> None:
        top = self.indents[len(self.indents) - 1]
        if col > top:
            if altcol <= self.altindents[len(self.altindents) - 1]:
                raise self.make_error("inconsistent use of tabs and spaces in indentation", lineno, pos, lineno, pos, "TabError")
            self.indents.append(col)
            self.altindents.append(altcol)
            self.add(INDENT, line[0:pos], lineno, 0, lineno, pos)
        elif col < top:
            # check before emitting any DEDENT (the error comes first)
            k = len(self.indents) - 1
            while k > 0 and col < self.indents[k]:
                k -= 1
            if col != self.indents[k]:
                raise self.make_error("unindent does not match any outer indentation level", lineno, len(line) - 1, lineno, len(line) - 1, "IndentationError")
            if altcol != self.altindents[k]:
                raise self.make_error("inconsistent use of tabs and spaces in indentation", lineno, pos, lineno, pos, "TabError")
            while len(self.indents) > k + 1:
                self.indents.pop()
                self.altindents.pop()
                self.add(DEDENT, "", lineno, pos, lineno, pos)
        elif altcol != self.altindents[len(self.altindents) - 1]:
            raise self.make_error("inconsistent use of tabs and spaces in indentation", lineno, pos, lineno, pos, "TabError")

    def read_number(self, line: str, lineno: int, start: int) -> int:
        pos = start
        n = len(line)
        c = line[pos]
        if c == "0" and pos + 1 < n and line[pos + 1] in "xXoObB":
            kind = line[pos + 1].lower()
            pos += 2
            digits = "0123456789abcdefABCDEF" if kind == "x" else ("01234567" if kind == "o" else "01")
            name = "hexadecimal" if kind == "x" else ("octal" if kind == "o" else "binary")
            count = 0
            while pos < n:
                ch = line[pos]
                if ch == "_":
                    pos += 1
                    if pos >= n or line[pos] not in digits:
                        raise self.make_error("invalid " + name + " literal", lineno, pos - 1 if pos >= n else pos, lineno, pos, "SyntaxError")
                    continue
                if ch in digits:
                    pos += 1
                    count += 1
                    continue
                break
            if pos < n and (is_digit(line[pos]) and kind != "x"):
                raise self.make_error("invalid digit '" + line[pos] + "' in " + name + " literal", lineno, pos, lineno, pos + 1, "SyntaxError")
            if count == 0:
                raise self.make_error("invalid " + name + " literal", lineno, pos - 1, lineno, pos, "SyntaxError")
            if pos < n and is_ident_char(line[pos]):
                raise self.make_error("invalid " + name + " literal", lineno, pos, lineno, pos + 1, "SyntaxError")
            self.add(NUMBER, line[start:pos], lineno, start, lineno, pos)
            return pos
        pos = self.read_digits(line, lineno, pos)
        is_float = False
        if pos < n and line[pos] == ".":
            is_float = True
            pos += 1
            if pos < n and is_digit(line[pos]):
                pos = self.read_digits(line, lineno, pos)
        if pos < n and (line[pos] == "e" or line[pos] == "E"):
            save = pos
            pos += 1
            if pos < n and (line[pos] == "+" or line[pos] == "-"):
                pos += 1
            if pos < n and is_digit(line[pos]):
                pos = self.read_digits(line, lineno, pos)
                is_float = True
            else:
                pos = save
        if pos < n and (line[pos] == "j" or line[pos] == "J"):
            pos += 1
        elif not is_float:
            # leading zeros in a decimal integer
            text = line[start:pos]
            if len(text) > 1 and text[0] == "0":
                allzero = True
                for ch in text:
                    if ch != "0" and ch != "_":
                        allzero = False
                if not allzero:
                    raise self.make_error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", lineno, start, lineno, pos, "SyntaxError")
        if pos < n and is_ident_char(line[pos]):
            # `1if x else y` is accepted by CPython with a warning; keywords only
            if not self.keyword_follows(line, pos):
                raise self.make_error("invalid " + ("imaginary" if line[pos - 1] in "jJ" else ("decimal" if not is_float else "decimal")) + " literal", lineno, start, lineno, pos + 1, "SyntaxError")
        self.add(NUMBER, line[start:pos], lineno, start, lineno, pos)
        return pos

    def keyword_follows(self, line: str, pos: int) -> bool:
        for kw in ["and", "else", "for", "if", "in", "is", "not", "or"]:
            if line[pos:pos + len(kw)] == kw:
                after = pos + len(kw)
                if after >= len(line) or not is_ident_char(line[after]):
                    return True
        return False

    def read_digits(self, line: str, lineno: int, pos: int) -> int:
        n = len(line)
        while pos < n:
            ch = line[pos]
            if is_digit(ch):
                pos += 1
            elif ch == "_":
                if pos + 1 < n and is_digit(line[pos + 1]):
                    pos += 1
                else:
                    raise self.make_error("invalid decimal literal", lineno, pos, lineno, pos + 1, "SyntaxError")
            else:
                break
        return pos

    def read_string(self, lineno: int, start: int, qpos: int) -> tuple[int, int]:
        """Reads a string literal whose prefix starts at `start` and whose
        quote is at `qpos` on line `lineno`; returns (lineno, pos) after it."""
        lines = self.lines
        line = lines[lineno - 1]
        n = len(line)
        q = line[qpos]
        triple = qpos + 2 < n and line[qpos + 1] == q and line[qpos + 2] == q
        pos = qpos + (3 if triple else 1)
        startline = lineno
        parts: list[str] = [line[start:pos]]
        seg = pos
        while True:
            if pos >= n:
                if not triple:
                    raise self.make_error("unterminated string literal (detected at line " + str(lineno) + ")", startline, start, startline, start + 1, "SyntaxError")
                parts.append(line[seg:pos])
                if lineno >= len(lines):
                    raise self.make_error("unterminated triple-quoted string literal (detected at line " + str(lineno) + ")", startline, start, startline, start + 1, "SyntaxError")
                lineno += 1
                line = lines[lineno - 1]
                n = len(line)
                pos = 0
                seg = 0
                continue
            c = line[pos]
            if c == "\\":
                if pos + 1 < n and line[pos + 1] != "\n":
                    pos += 2
                    continue
                if pos + 1 < n:
                    # backslash-newline: the string goes on on the next line
                    parts.append(line[seg:n])
                    if lineno >= len(lines):
                        raise self.make_error("unterminated string literal (detected at line " + str(lineno) + ")", startline, start, startline, start + 1, "SyntaxError")
                    lineno += 1
                    line = lines[lineno - 1]
                    n = len(line)
                    pos = 0
                    seg = 0
                    continue
                pos += 1
                continue
            if c == "\n" and not triple:
                raise self.make_error("unterminated string literal (detected at line " + str(lineno) + ")", startline, start, startline, start + 1, "SyntaxError")
            if c == q:
                if not triple:
                    pos += 1
                    break
                if pos + 2 < n and line[pos + 1] == q and line[pos + 2] == q:
                    pos += 3
                    break
            pos += 1
        parts.append(line[seg:pos])
        self.add(STRING, "".join(parts), startline, start, lineno, pos)
        return lineno, pos


def hex4(v: int) -> str:
    digits = "0123456789ABCDEF"
    s = ""
    while v > 0:
        s = digits[v % 16] + s
        v = v // 16
    while len(s) < 4:
        s = "0" + s
    return s


def tokenize(source: str) -> Tokenizer:
    t = Tokenizer(source)
    t.tokenize()
    return t
