//! Which pointer-typed SSA values the garbage collector must see, and in
//! which shadow-stack slot each one lives.
//!
//! Collections happen only inside operations that allocate (including the
//! exception object a failing operation raises), the "safepoints". A
//! reference needs a frame slot when it is an operand of a safepoint or is
//! live across one. Slots are shared between references that are never
//! live at the same time (greedy colouring of the interference graph), so
//! frames stay small and a dead value's slot is soon reused.

use ir::{Function, Op, Prim, Value};

/// Whether the C code for this operation may allocate (and so collect).
pub fn allocates(op: &Op) -> bool {
    match op {
        Op::New(_)
        | Op::ListNew { .. }
        | Op::StrConcat(..)
        | Op::IntToStr(_)
        | Op::ListAppend(..)
        | Op::ListExtend(..) => true,
        Op::Prim(p, _) => prim_allocates(*p),
        _ => false,
    }
}

/// Whether a primitive may allocate: it builds a new object, grows a list
/// or raises (the exception is a new object).
pub fn prim_allocates(p: Prim) -> bool {
    match p {
        Prim::FloatFmtE
        | Prim::FloatFmtF
        | Prim::StrGet
        | Prim::StrSlice
        | Prim::StrFromCp
        | Prim::StrJoin
        | Prim::StrEncodeUtf8
        | Prim::BytesFromList
        | Prim::BytesSlice
        | Prim::BytesConcat
        | Prim::BytesDecodeUtf8
        | Prim::ListSlice
        | Prim::ListInsert
        | Prim::OsOpen
        | Prim::OsRead
        | Prim::OsWrite
        | Prim::OsClose
        | Prim::OsStat
        | Prim::OsUnlink
        | Prim::OsGetcwd
        | Prim::OsListdir
        | Prim::OsMkdir
        | Prim::OsRmdir
        | Prim::OsRename
        | Prim::TimeSleep
        | Prim::GetEnv => true,
        Prim::FDiv
        | Prim::FFloorDiv
        | Prim::FMod
        | Prim::FPow
        | Prim::FloatToInt
        | Prim::StrToFloat
        | Prim::StrCodeAt
        | Prim::BytesGet => p.can_raise(),
        Prim::Invert
        | Prim::FAdd
        | Prim::FSub
        | Prim::FMul
        | Prim::FLt
        | Prim::FLe
        | Prim::FGt
        | Prim::FGe
        | Prim::FEq
        | Prim::FNe
        | Prim::FNeg
        | Prim::FSqrt
        | Prim::FExp
        | Prim::FExpm1
        | Prim::FLog
        | Prim::FLog2
        | Prim::FLog10
        | Prim::FLog1p
        | Prim::FSin
        | Prim::FCos
        | Prim::FTan
        | Prim::FAsin
        | Prim::FAcos
        | Prim::FAtan
        | Prim::FAtan2
        | Prim::FSinh
        | Prim::FCosh
        | Prim::FTanh
        | Prim::FAsinh
        | Prim::FAcosh
        | Prim::FAtanh
        | Prim::FCFmod
        | Prim::FFloor
        | Prim::FCeil
        | Prim::IntToFloat
        | Prim::FloatBits
        | Prim::FloatFromBits
        | Prim::StrCmp
        | Prim::StrFind
        | Prim::StrHash
        | Prim::BytesLen
        | Prim::BytesEq
        | Prim::ListTruncate
        | Prim::ListDetach
        | Prim::ListDetached
        | Prim::IsNull
        | Prim::RefEq
        | Prim::IdHash
        | Prim::WriteOut
        | Prim::WriteOutBytes
        | Prim::WriteErr
        | Prim::FlushOut
        | Prim::OsGetpid
        | Prim::TimeNow
        | Prim::PerfCounter
        | Prim::OsIsatty => false,
    }
}

/// Whether the C code for this operation can leave an exception in
/// `rpy_exc` (the IR's raising operations, plus MemoryError on allocation).
pub fn raises(op: &Op) -> bool {
    op.can_raise() || allocates(op)
}

#[derive(Clone, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64).max(1)])
    }
    fn set(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }
    fn clear(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w &= !(1 << (i % 64));
        }
    }
    fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    fn union_with(&mut self, o: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a |= *b;
        }
    }
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(wi, &w)| {
            (0..64)
                .filter(move |b| w & (1u64 << b) != 0)
                .map(move |b| wi * 64 + b)
        })
    }
}

/// Blocks reachable from the entry (through jumps and exception edges).
pub fn reachable(f: &Function) -> Vec<bool> {
    let mut seen = vec![false; f.blocks.len()];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        if b >= seen.len() || seen[b] {
            continue;
        }
        seen[b] = true;
        let blk = &f.blocks[b];
        for t in blk.term.targets() {
            work.push(t.block.0 as usize);
        }
        if let Some(h) = blk.catch {
            work.push(h.0 as usize);
        }
    }
    seen
}

/// Slot assignment: `slot[v]` for each value that needs one, and the
/// number of slots.
pub struct Roots {
    pub slot: Vec<Option<u32>>,
    pub count: u32,
}

/// Above this many rooted values, slots are not shared.
const MAX_COLORED: usize = 8192;

pub fn assign(f: &Function, reach: &[bool]) -> Roots {
    let nv = f.value_types.len();
    let nb = f.blocks.len();
    let is_ptr = |v: usize| f.value_types.get(v).is_some_and(|t| t.is_ref());
    let succs = |b: usize| -> Vec<usize> {
        let blk = &f.blocks[b];
        let mut s: Vec<usize> = blk
            .term
            .targets()
            .iter()
            .map(|t| t.block.0 as usize)
            .collect();
        if let Some(h) = blk.catch {
            s.push(h.0 as usize);
        }
        s.retain(|&x| x < nb);
        s
    };
    // Liveness of references (live-in excludes the block's parameters).
    let mut live_in: Vec<Bits> = vec![Bits::new(nv); nb];
    let live_out = |b: usize, live_in: &[Bits]| -> Bits {
        let mut o = Bits::new(nv);
        for s in succs(b) {
            o.union_with(&live_in[s]);
        }
        o
    };
    let add = |bits: &mut Bits, v: Value| {
        if is_ptr(v.0 as usize) {
            bits.set(v.0 as usize);
        }
    };
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..nb).rev() {
            if !reach[b] {
                continue;
            }
            let blk = &f.blocks[b];
            let mut live = live_out(b, &live_in);
            for v in blk.term.operands() {
                add(&mut live, v);
            }
            for inst in blk.insts.iter().rev() {
                if let Some(r) = inst.result {
                    live.clear(r.0 as usize);
                }
                for v in inst.op.operands() {
                    add(&mut live, v);
                }
            }
            for p in &blk.params {
                live.clear(p.0 as usize);
            }
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
    }
    // Which references need a slot.
    let mut need = Bits::new(nv);
    for b in (0..nb).filter(|&b| reach[b]) {
        let blk = &f.blocks[b];
        let mut live = live_out(b, &live_in);
        for v in blk.term.operands() {
            add(&mut live, v);
        }
        for inst in blk.insts.iter().rev() {
            if let Some(r) = inst.result {
                live.clear(r.0 as usize);
            }
            if raises(&inst.op) {
                need.union_with(&live);
                for v in inst.op.operands() {
                    add(&mut need, v);
                }
            }
            for v in inst.op.operands() {
                add(&mut live, v);
            }
        }
    }
    // Interference among the values that need slots.
    let needed: Vec<usize> = need.iter().filter(|&v| v < nv).collect();
    let mut index = vec![usize::MAX; nv];
    for (i, &v) in needed.iter().enumerate() {
        index[v] = i;
    }
    let k = needed.len();
    if k > MAX_COLORED {
        // Very large functions: one slot per value (no quadratic matrix).
        let mut slot: Vec<Option<u32>> = vec![None; nv];
        for (i, &v) in needed.iter().enumerate() {
            slot[v] = Some(i as u32);
        }
        return Roots {
            slot,
            count: k as u32,
        };
    }
    let mut adj: Vec<Bits> = vec![Bits::new(k); k];
    let interfere = |a: usize, live: &Bits, adj: &mut Vec<Bits>| {
        let ia = index[a];
        if ia == usize::MAX {
            return;
        }
        for x in live.iter() {
            let ix = index.get(x).copied().unwrap_or(usize::MAX);
            if ix != usize::MAX && ix != ia {
                adj[ia].set(ix);
                adj[ix].set(ia);
            }
        }
    };
    for b in (0..nb).filter(|&b| reach[b]) {
        let blk = &f.blocks[b];
        let mut live = live_out(b, &live_in);
        for v in blk.term.operands() {
            add(&mut live, v);
        }
        for inst in blk.insts.iter().rev() {
            if let Some(r) = inst.result {
                live.clear(r.0 as usize);
                interfere(r.0 as usize, &live, &mut adj);
            }
            for v in inst.op.operands() {
                add(&mut live, v);
            }
        }
        // Parameters are defined together at the block's entry.
        for p in &blk.params {
            add(&mut live, *p);
        }
        for p in &blk.params {
            interfere(p.0 as usize, &live, &mut adj);
        }
    }
    let mut slot: Vec<Option<u32>> = vec![None; nv];
    let mut color: Vec<Option<u32>> = vec![None; k];
    let mut count = 0u32;
    for i in 0..k {
        let mut used = Bits::new(k + 1);
        for j in adj[i].iter() {
            if let Some(Some(c)) = color.get(j) {
                used.set(*c as usize);
            }
        }
        let mut c = 0u32;
        while used.get(c as usize) {
            c += 1;
        }
        color[i] = Some(c);
        count = count.max(c + 1);
        slot[needed[i]] = Some(c);
    }
    Roots { slot, count }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roots_of(src: &str, name: &str) -> (Roots, usize) {
        let m = match ir::parse::parse_module(src) {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        };
        let Some(f) = m.function(name) else {
            panic!("no {name}")
        };
        let reach = reachable(f);
        (assign(f, &reach), f.value_types.len())
    }

    #[test]
    fn only_references_live_across_allocations_get_slots() {
        let src = "fn g(str) -> str {\nb0(v0: str):\n  ret v0\n}\n\
            fn f(str, str) -> str {\nb0(v0: str, v1: str):\n  v2: int = str.len v0\n  \
            v3: str = int.str v2\n  v4: str = str.concat v3, v1\n  v5: str = call g(v4)\n  \
            v6: str = str.concat v5, v5\n  ret v6\n}\n";
        let (r, nv) = roots_of(src, "f");
        assert_eq!(nv, 7);
        // v0 dies before the first allocation; v6 is only returned.
        assert_eq!(r.slot[0], None);
        assert_eq!(r.slot[6], None);
        // v1 lives across int.str; v3, v4, v5 are operands of allocations.
        for v in [1, 3, 4, 5] {
            assert!(r.slot[v].is_some(), "v{v}");
        }
        // v1 and v3 are live together; v4 and v5 can reuse their slots.
        assert_ne!(r.slot[1], r.slot[3]);
        assert_eq!(r.count, 2);
        let (g, _) = roots_of(src, "g");
        assert_eq!(g.count, 0);
    }
}
