"""A Brainfuck interpreter written in the RPython input language.

Usage: bf.py PROGRAM.bf

The program file is read with os.open/os.read. The tape has 30000 cells of
8 bits that wrap around (255 + 1 == 0); moving the pointer off either end
of the tape is an error. `,` reads one byte from standard input (0 at end
of input). Output is written as it is produced, one line at a time; a final
line without a newline is printed with one.

Exit codes: 0 on success, 1 on an error in the program or its file, 2 on a
usage error.
"""

import os
import sys

TAPE_SIZE = 30000
MAX_SOURCE = 1048576


class BfError(Exception):
    pass


def read_file(path: str) -> bytes:
    fd = os.open(path, os.O_RDONLY, 0)
    data = b""
    try:
        while len(data) <= MAX_SOURCE:
            chunk = os.read(fd, 4096)
            if len(chunk) == 0:
                break
            data = data + chunk
    finally:
        os.close(fd)
    if len(data) > MAX_SOURCE:
        raise BfError("program too large")
    return data


def parse(src: bytes) -> list[int]:
    """Keep only the eight commands, as their byte values."""
    code: list[int] = []
    for i in range(len(src)):
        c = src[i]
        if c == 43 or c == 45 or c == 60 or c == 62 or c == 46 or c == 44 or c == 91 or c == 93:
            code.append(c)
    return code


def match_brackets(code: list[int]) -> list[int]:
    """jump[i] is the index of the bracket matching the one at i (else -1)."""
    jump: list[int] = []
    for i in range(len(code)):
        jump.append(-1)
    stack: list[int] = []
    for i in range(len(code)):
        if code[i] == 91:
            stack.append(i)
        elif code[i] == 93:
            if len(stack) == 0:
                raise BfError("unmatched ']' at command " + str(i))
            j = stack.pop()
            jump[i] = j
            jump[j] = i
    if len(stack) > 0:
        raise BfError("unmatched '[' at command " + str(stack[-1]))
    return jump


def run(code: list[int], jump: list[int]) -> int:
    """Run the program; returns the number of commands executed."""
    tape: list[int] = []
    for i in range(TAPE_SIZE):
        tape.append(0)
    ptr = 0
    pc = 0
    steps = 0
    line = ""
    n = len(code)
    while pc < n:
        c = code[pc]
        steps += 1
        if c == 43:
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == 45:
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == 62:
            ptr += 1
            if ptr >= TAPE_SIZE:
                raise BfError("pointer moved past the end of the tape")
        elif c == 60:
            ptr -= 1
            if ptr < 0:
                raise BfError("pointer moved before the start of the tape")
        elif c == 46:
            ch = chr(tape[ptr])
            if ch == "\n":
                print(line)
                line = ""
            else:
                line += ch
        elif c == 44:
            got = os.read(0, 1)
            if len(got) == 0:
                tape[ptr] = 0
            else:
                tape[ptr] = got[0]
        elif c == 91:
            if tape[ptr] == 0:
                pc = jump[pc]
        elif c == 93:
            if tape[ptr] != 0:
                pc = jump[pc]
        pc += 1
    if line != "":
        print(line)
    return steps


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: bf.py PROGRAM.bf")
        return 2
    src = b""
    try:
        src = read_file(argv[1])
    except OSError as e:
        print("bf: cannot read " + argv[1] + ": " + str(e))
        return 1
    except BfError as e:
        print("bf: " + str(e))
        return 1
    code = parse(src)
    try:
        jump = match_brackets(code)
        run(code, jump)
    except BfError as e:
        print("bf: error: " + str(e))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
