"""`_random`: the Mersenne Twister core of the `random` module (the rest
of `random` is app-level Python, see random_app.py).

Every word of the state is kept in 0..2**32-1 and every intermediate
product fits in 63 bits, so the arithmetic is exact both on CPython and
translated (64-bit checked ints)."""

from interpreter.objspace.root import W_Root, Args
from interpreter.objspace.space import Space, W_BuiltinFunction
from interpreter.objspace.tupleobject import W_TupleObject
from interpreter.objspace.moduleobject import W_Module

MT_N = 624
MT_M = 397
MASK32 = 0xFFFFFFFF
MATRIX_A = 0x9908B0DF
UPPER_MASK = 0x80000000
LOWER_MASK = 0x7FFFFFFF


class W_MTState(W_Root):
    """The generator state: 624 words and the index of the next word."""

    def __init__(self) -> None:
        self.mt: list[int] = [0] * MT_N
        self.index: int = MT_N + 1

    def type_name(self) -> str:
        return "_random.state"

    def init_genrand(self, s: int) -> None:
        mt = self.mt
        mt[0] = s & MASK32
        i = 1
        while i < MT_N:
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & MASK32
            i += 1
        self.index = MT_N

    def init_by_array(self, key: list[int]) -> None:
        self.init_genrand(19650218)
        mt = self.mt
        klen = len(key)
        i = 1
        j = 0
        k = MT_N if MT_N > klen else klen
        while k > 0:
            prev = mt[i - 1]
            mixed = ((prev ^ (prev >> 30)) * 1664525) & MASK32
            mt[i] = ((mt[i] ^ mixed) + key[j] + j) & MASK32
            i += 1
            j += 1
            if i >= MT_N:
                mt[0] = mt[MT_N - 1]
                i = 1
            if j >= klen:
                j = 0
            k -= 1
        k = MT_N - 1
        while k > 0:
            prev = mt[i - 1]
            mixed = ((prev ^ (prev >> 30)) * 1566083941) & MASK32
            mt[i] = ((mt[i] ^ mixed) - i) & MASK32
            i += 1
            if i >= MT_N:
                mt[0] = mt[MT_N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000
        self.index = MT_N

    def twist(self) -> None:
        mt = self.mt
        kk = 0
        while kk < MT_N:
            y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % MT_N] & LOWER_MASK)
            v = mt[(kk + MT_M) % MT_N] ^ (y >> 1)
            if y & 1:
                v = v ^ MATRIX_A
            mt[kk] = v
            kk += 1
        self.index = 0

    def genrand(self) -> int:
        if self.index >= MT_N:
            if self.index > MT_N:
                self.init_genrand(5489)
            self.twist()
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y & MASK32

    def random(self) -> float:
        a = self.genrand() >> 5
        b = self.genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)


def state_arg(space: Space, args: Args, name: str, n: int) -> W_MTState:
    if len(args.args_w) != n:
        raise space.type_error(name + "() takes exactly " + str(n) + " arguments (" +
                               str(len(args.args_w)) + " given)")
    w_st = args.args_w[0]
    if not isinstance(w_st, W_MTState):
        raise space.type_error(name + "() needs a generator state")
    return w_st


def r_new(space: Space, args: Args) -> W_Root:
    return W_MTState()


def r_seed_words(space: Space, args: Args) -> W_Root:
    """seed_words(state, [w0, w1, ...]): init_by_array over 32-bit words
    (least significant first)."""
    st = state_arg(space, args, "seed_words", 2)
    key: list[int] = []
    for w_k in space.unpack_iterable(args.args_w[1]):
        key.append(space.int_w(w_k) & MASK32)
    if len(key) == 0:
        key.append(0)
    st.init_by_array(key)
    return space.w_None


def r_random(space: Space, args: Args) -> W_Root:
    st = state_arg(space, args, "random", 1)
    return space.newfloat(st.random())


def r_genrand(space: Space, args: Args) -> W_Root:
    st = state_arg(space, args, "genrand", 1)
    return space.newint(st.genrand())


def r_getrandbits(space: Space, args: Args) -> W_Root:
    """getrandbits(state, k) for 0 <= k <= 63 (larger k: app level)."""
    st = state_arg(space, args, "getrandbits", 2)
    k = space.int_w(args.args_w[1])
    if k < 0 or k > 63:
        raise space.value_error("number of bits must be in 0..63")
    if k == 0:
        return space.newint(0)
    if k <= 32:
        return space.newint(st.genrand() >> (32 - k))
    lo = st.genrand()
    hi = st.genrand() >> (64 - k)
    return space.newint((hi << 32) | lo)


def r_getstate(space: Space, args: Args) -> W_Root:
    st = state_arg(space, args, "getstate", 1)
    items_w: list[W_Root] = []
    for x in st.mt:
        items_w.append(space.newint(x))
    idx = st.index
    if idx > MT_N:
        idx = MT_N
    items_w.append(space.newint(idx))
    return space.newtuple(items_w)


def r_setstate(space: Space, args: Args) -> W_Root:
    st = state_arg(space, args, "setstate", 2)
    w_t = args.args_w[1]
    if not isinstance(w_t, W_TupleObject):
        raise space.type_error("state vector must be a tuple")
    if len(w_t.items_w) != MT_N + 1:
        raise space.value_error("state vector is the wrong size")
    vals: list[int] = []
    for w_x in w_t.items_w:
        vals.append(space.int_w(w_x))
    idx = vals[MT_N]
    if idx < 0 or idx > MT_N:
        raise space.value_error("invalid state")
    i = 0
    while i < MT_N:
        st.mt[i] = vals[i] & MASK32
        i += 1
    st.index = idx
    return space.w_None


def install_random(space: Space) -> None:
    d: dict[str, W_Root] = {}
    d["__name__"] = space.newstr("_random")
    d["new"] = W_BuiltinFunction("new", r_new, "")
    d["seed_words"] = W_BuiltinFunction("seed_words", r_seed_words, "")
    d["random"] = W_BuiltinFunction("random", r_random, "")
    d["genrand"] = W_BuiltinFunction("genrand", r_genrand, "")
    d["getrandbits"] = W_BuiltinFunction("getrandbits", r_getrandbits, "")
    d["getstate"] = W_BuiltinFunction("getstate", r_getstate, "")
    d["setstate"] = W_BuiltinFunction("setstate", r_setstate, "")
    space.modules["_random"] = W_Module("_random", d)
