# A synthetic systems-programming loop in the spirit of Dhrystone/pystone:
# records linked by pointers, enumerations as small ints, fixed-size arrays,
# string comparison, and many small procedures with global state.
# bench: size=600000 quick-size=60000 quick-subset=yes
import sys

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = 1, 2, 3, 4, 5


class Record:
    def __init__(self, link=None, discr=0, enum_comp=0, int_comp=0, str_comp=""):
        self.link = link
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy_from(self, other):
        self.link = other.link
        self.discr = other.discr
        self.enum_comp = other.enum_comp
        self.int_comp = other.int_comp
        self.str_comp = other.str_comp


class State:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char_1 = "\0"
        self.char_2 = "\0"
        self.array_1 = [0] * 51
        self.array_2 = [[0] * 51 for _ in range(51)]
        self.record_glob = None
        self.next_record_glob = None


G = State()


def step_record(record):
    following = record.link
    following.copy_from(G.record_glob)
    record.int_comp = 5
    following.int_comp = record.int_comp
    following.link = record.link
    following.link = advance_pointer(following.link)
    if following.discr == IDENT_1:
        following.int_comp = 6
        following.enum_comp = classify(record.enum_comp)
        following.link = G.record_glob.link
        following.int_comp = add_seven(following.int_comp, 10)
    else:
        record.copy_from(following)
    return record


def decrement_until(value):
    local = value + 10
    enum_local = 0
    while True:
        if G.char_1 == "A":
            local -= 1
            value = local - G.int_glob
            enum_local = IDENT_1
        if enum_local == IDENT_1:
            return value


def advance_pointer(pointer):
    if G.record_glob is not None:
        pointer = G.record_glob.link
    else:
        G.int_glob = 100
    G.record_glob.int_comp = add_seven(10, G.int_glob)
    return pointer


def set_flags():
    local = G.char_1 == "A"
    G.bool_glob = local or G.bool_glob
    G.char_2 = "B"


def reset_flags():
    G.char_1 = "A"
    G.bool_glob = False


def classify(enum_par):
    result = enum_par
    if not is_ident_3(enum_par):
        result = IDENT_4
    if enum_par == IDENT_1:
        result = IDENT_1
    elif enum_par == IDENT_2:
        result = IDENT_1 if G.int_glob > 100 else IDENT_4
    elif enum_par == IDENT_3:
        result = IDENT_2
    elif enum_par == IDENT_5:
        result = IDENT_3
    return result


def add_seven(a, b):
    return a + 2 + b


def fill_arrays(array_1, array_2, a, b):
    loc = a + 5
    array_1[loc] = b
    array_1[loc + 1] = array_1[loc]
    array_1[loc + 30] = loc
    for i in range(loc, loc + 2):
        array_2[loc][i] = loc
    array_2[loc][loc - 1] += 1
    array_2[loc + 20][loc] = array_1[loc]
    G.int_glob = 5


def compare_chars(c1, c2):
    if c1 != c2:
        return IDENT_1
    G.char_1 = c1
    return IDENT_2


def compare_strings(s1, s2):
    i = 2
    char_local = "\0"
    while i <= 2:
        if compare_chars(s1[i], s2[i + 1]) == IDENT_1:
            char_local = "A"
            i += 1
    if "W" <= char_local <= "Z":
        i = 7
    if char_local == "X":
        return True
    if s1 > s2:
        G.int_glob = i + 7
        return True
    return False


def is_ident_3(enum_par):
    return enum_par == IDENT_3


def run(loops):
    G.__init__()
    G.next_record_glob = Record()
    G.record_glob = Record(G.next_record_glob, IDENT_1, IDENT_3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    string_1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    G.array_2[8][7] = 10
    checksum = 0
    for _ in range(loops):
        set_flags()
        reset_flags()
        int_1 = 2
        int_2 = 3
        string_2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_local = IDENT_2
        G.bool_glob = not compare_strings(string_1, string_2)
        while int_1 < int_2:
            int_3 = 5 * int_1 - int_2
            int_3 = add_seven(int_1, int_2)
            int_1 += 1
        fill_arrays(G.array_1, G.array_2, int_1, int_3)
        G.record_glob = step_record(G.record_glob)
        char_index = "A"
        while char_index <= G.char_2:
            if enum_local == compare_chars(char_index, "C"):
                enum_local = classify(IDENT_1)
            char_index = chr(ord(char_index) + 1)
        int_3 = int_2 * int_1
        int_2 = int_3 // int_1
        int_2 = 7 * (int_3 - int_2) - int_1
        int_1 = decrement_until(int_1)
        checksum = (checksum + int_1 + int_2 + int_3 + enum_local + G.int_glob) % 1000000007
    return checksum


def main(loops):
    checksum = run(loops)
    print("pystone", loops, checksum, G.array_2[8][7], G.record_glob.int_comp, G.char_2)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
