//! A small class-file writer: constant pool with interning, fields,
//! methods, `Code` with exception table and `StackMapTable`.
//!
//! Bytecode is written through [`Code`], which tracks the operand-stack
//! depth (for `max_stack`), resolves labels (switching every branch to a
//! long form when a method is too big for 16-bit offsets) and records the
//! stack-map frames. Every frame of a method has the same locals (the
//! method's declared local types, see [`Code::new`]); only the operand
//! stack differs.

use std::collections::{BTreeMap, HashMap};

/// Class-file major version written (Java 8).
pub const MAJOR_VERSION: u16 = 52;

pub const ACC_PUBLIC: u16 = 0x0001;
pub const ACC_STATIC: u16 = 0x0008;
pub const ACC_FINAL: u16 = 0x0010;
pub const ACC_SUPER: u16 = 0x0020;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum CpKey {
    Utf8(String),
    Int(i32),
    Long(i64),
    Double(u64),
    Class(String),
    Str(String),
    NameType(String, String),
    Field(String, String, String),
    Method(String, String, String),
}

/// Constant pool with interning: asking twice for the same constant gives
/// the same index.
#[derive(Default)]
pub struct ConstPool {
    bytes: Vec<u8>,
    /// Next free index (index 0 is unused; longs take two).
    next: u32,
    map: HashMap<CpKey, u16>,
}

/// Java's "modified UTF-8": NUL as C0 80, supplementary characters as two
/// 3-byte surrogates.
pub fn modified_utf8(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut buf = [0u16; 2];
    for ch in s.chars() {
        for &u in ch.encode_utf16(&mut buf).iter() {
            let u = u32::from(u);
            if u != 0 && u < 0x80 {
                out.push(u as u8);
            } else if u < 0x800 {
                out.push(0xC0 | (u >> 6) as u8);
                out.push(0x80 | (u & 0x3F) as u8);
            } else {
                out.push(0xE0 | (u >> 12) as u8);
                out.push(0x80 | ((u >> 6) & 0x3F) as u8);
                out.push(0x80 | (u & 0x3F) as u8);
            }
        }
    }
    out
}

impl ConstPool {
    pub fn new() -> ConstPool {
        ConstPool {
            bytes: Vec::new(),
            next: 1,
            map: HashMap::new(),
        }
    }

    fn add(&mut self, key: CpKey, body: Vec<u8>, wide: bool) -> Result<u16, String> {
        if let Some(&i) = self.map.get(&key) {
            return Ok(i);
        }
        let i = self.next;
        let step = if wide { 2 } else { 1 };
        if i + step > 0xFFFF {
            return Err("constant pool overflow (more than 65535 entries)".into());
        }
        self.next += step;
        self.bytes.extend_from_slice(&body);
        let i = i as u16;
        self.map.insert(key, i);
        Ok(i)
    }

    pub fn utf8(&mut self, s: &str) -> Result<u16, String> {
        let key = CpKey::Utf8(s.to_string());
        if let Some(&i) = self.map.get(&key) {
            return Ok(i);
        }
        let enc = modified_utf8(s);
        if enc.len() > 0xFFFF {
            return Err(format!(
                "constant too long for the class file ({} bytes)",
                enc.len()
            ));
        }
        let mut body = vec![1];
        body.extend_from_slice(&(enc.len() as u16).to_be_bytes());
        body.extend_from_slice(&enc);
        self.add(key, body, false)
    }

    pub fn int(&mut self, v: i32) -> Result<u16, String> {
        let mut body = vec![3];
        body.extend_from_slice(&v.to_be_bytes());
        self.add(CpKey::Int(v), body, false)
    }

    pub fn long(&mut self, v: i64) -> Result<u16, String> {
        let mut body = vec![5];
        body.extend_from_slice(&v.to_be_bytes());
        self.add(CpKey::Long(v), body, true)
    }

    /// A double constant, by its IEEE bits (two entries, like a long).
    pub fn double(&mut self, bits: u64) -> Result<u16, String> {
        let mut body = vec![6];
        body.extend_from_slice(&bits.to_be_bytes());
        self.add(CpKey::Double(bits), body, true)
    }

    pub fn class(&mut self, internal: &str) -> Result<u16, String> {
        let key = CpKey::Class(internal.to_string());
        if let Some(&i) = self.map.get(&key) {
            return Ok(i);
        }
        let n = self.utf8(internal)?;
        let mut body = vec![7];
        body.extend_from_slice(&n.to_be_bytes());
        self.add(key, body, false)
    }

    pub fn string(&mut self, s: &str) -> Result<u16, String> {
        let key = CpKey::Str(s.to_string());
        if let Some(&i) = self.map.get(&key) {
            return Ok(i);
        }
        let n = self.utf8(s)?;
        let mut body = vec![8];
        body.extend_from_slice(&n.to_be_bytes());
        self.add(key, body, false)
    }

    fn name_type(&mut self, name: &str, desc: &str) -> Result<u16, String> {
        let key = CpKey::NameType(name.to_string(), desc.to_string());
        if let Some(&i) = self.map.get(&key) {
            return Ok(i);
        }
        let n = self.utf8(name)?;
        let d = self.utf8(desc)?;
        let mut body = vec![12];
        body.extend_from_slice(&n.to_be_bytes());
        body.extend_from_slice(&d.to_be_bytes());
        self.add(key, body, false)
    }

    fn member(
        &mut self,
        tag: u8,
        key: CpKey,
        owner: &str,
        name: &str,
        desc: &str,
    ) -> Result<u16, String> {
        if let Some(&i) = self.map.get(&key) {
            return Ok(i);
        }
        let c = self.class(owner)?;
        let nt = self.name_type(name, desc)?;
        let mut body = vec![tag];
        body.extend_from_slice(&c.to_be_bytes());
        body.extend_from_slice(&nt.to_be_bytes());
        self.add(key, body, false)
    }

    pub fn field(&mut self, owner: &str, name: &str, desc: &str) -> Result<u16, String> {
        let key = CpKey::Field(owner.into(), name.into(), desc.into());
        self.member(9, key, owner, name, desc)
    }

    pub fn method(&mut self, owner: &str, name: &str, desc: &str) -> Result<u16, String> {
        let key = CpKey::Method(owner.into(), name.into(), desc.into());
        self.member(10, key, owner, name, desc)
    }
}

/// A verification type (JVMS 4.10.1.2) as used in stack-map frames.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum VType {
    Int,
    Long,
    Double,
    /// A reference of the given internal class name (or array descriptor).
    Object(String),
}

impl VType {
    /// Slots taken in the locals array or on the operand stack.
    pub fn size(&self) -> u16 {
        match self {
            VType::Long | VType::Double => 2,
            _ => 1,
        }
    }

    /// The verification type of a field descriptor.
    pub fn of_descriptor(desc: &str) -> VType {
        match desc.as_bytes().first() {
            Some(b'J') => VType::Long,
            Some(b'D') => VType::Double,
            Some(b'L') => VType::Object(desc[1..desc.len() - 1].to_string()),
            Some(b'[') => VType::Object(desc.to_string()),
            _ => VType::Int,
        }
    }

    fn write(&self, cp: &mut ConstPool, out: &mut Vec<u8>) -> Result<(), String> {
        match self {
            VType::Int => out.push(1),
            VType::Long => out.push(4),
            VType::Double => out.push(3),
            VType::Object(c) => {
                out.push(7);
                out.extend_from_slice(&cp.class(c)?.to_be_bytes());
            }
        }
        Ok(())
    }
}

/// Stack slots taken by the arguments and the result of a method descriptor.
pub fn descriptor_sizes(desc: &str) -> Result<(i32, i32), String> {
    let bad = || format!("bad method descriptor `{desc}`");
    let b = desc.as_bytes();
    if b.first() != Some(&b'(') {
        return Err(bad());
    }
    let mut i = 1;
    let mut args = 0;
    // Size of one field type starting at `i`; returns (size, next index).
    let one = |mut i: usize| -> Result<(i32, usize), String> {
        let mut array = false;
        while b.get(i) == Some(&b'[') {
            array = true;
            i += 1;
        }
        match b.get(i) {
            Some(b'L') => {
                let end = desc[i..].find(';').ok_or_else(bad)? + i;
                Ok((1, end + 1))
            }
            Some(b'J' | b'D') => Ok((if array { 1 } else { 2 }, i + 1)),
            Some(b'Z' | b'B' | b'C' | b'S' | b'I' | b'F') => Ok((1, i + 1)),
            _ => Err(bad()),
        }
    };
    while b.get(i) != Some(&b')') {
        let (s, n) = one(i)?;
        args += s;
        i = n;
    }
    let ret = match b.get(i + 1) {
        Some(b'V') => 0,
        _ => one(i + 1)?.0,
    };
    Ok((args, ret))
}

/// A position in the code, bound once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(usize);

struct Fixup {
    /// Offset of the branch opcode.
    base: usize,
    /// Offset of the offset operand.
    at: usize,
    wide: bool,
    label: Label,
}

/// Bytecode of one method under construction.
pub struct Code {
    pub bytes: Vec<u8>,
    depth: i32,
    max_depth: i32,
    labels: Vec<Option<usize>>,
    fixups: Vec<Fixup>,
    /// Stack-map frames by offset: the operand stack (locals are fixed).
    frames: BTreeMap<usize, Vec<VType>>,
    /// Exception table: (start, end, handler, catch class index or 0).
    handlers: Vec<(Label, Label, Label, u16)>,
    /// Long branches everywhere (methods over 32 KiB).
    pub wide: bool,
    /// Set when a short branch offset did not fit: emit again with `wide`.
    pub overflowed: bool,
    /// Types of the locals in every frame.
    locals: Vec<VType>,
}

// Opcodes used by the code generator.
pub mod op {
    pub const ACONST_NULL: u8 = 0x01;
    pub const ICONST_0: u8 = 0x03;
    pub const LCONST_0: u8 = 0x09;
    pub const DCONST_0: u8 = 0x0e;
    pub const DCONST_1: u8 = 0x0f;
    pub const BIPUSH: u8 = 0x10;
    pub const SIPUSH: u8 = 0x11;
    pub const LDC: u8 = 0x12;
    pub const LDC_W: u8 = 0x13;
    pub const LDC2_W: u8 = 0x14;
    pub const ILOAD: u8 = 0x15;
    pub const LLOAD: u8 = 0x16;
    pub const DLOAD: u8 = 0x18;
    pub const ALOAD: u8 = 0x19;
    pub const ISTORE: u8 = 0x36;
    pub const LSTORE: u8 = 0x37;
    pub const DSTORE: u8 = 0x39;
    pub const ASTORE: u8 = 0x3a;
    pub const POP: u8 = 0x57;
    pub const POP2: u8 = 0x58;
    pub const DUP: u8 = 0x59;
    pub const SWAP: u8 = 0x5f;
    pub const DADD: u8 = 0x63;
    pub const DSUB: u8 = 0x67;
    pub const DMUL: u8 = 0x6b;
    pub const DNEG: u8 = 0x77;
    pub const IAND: u8 = 0x7e;
    pub const LAND: u8 = 0x7f;
    pub const LOR: u8 = 0x81;
    pub const LXOR: u8 = 0x83;
    pub const IXOR: u8 = 0x82;
    pub const IUSHR: u8 = 0x7c;
    pub const I2L: u8 = 0x85;
    pub const LCMP: u8 = 0x94;
    pub const IFEQ: u8 = 0x99;
    pub const IFNE: u8 = 0x9a;
    pub const GOTO: u8 = 0xa7;
    pub const IRETURN: u8 = 0xac;
    pub const LRETURN: u8 = 0xad;
    pub const DRETURN: u8 = 0xaf;
    pub const ARETURN: u8 = 0xb0;
    pub const RETURN: u8 = 0xb1;
    pub const GETSTATIC: u8 = 0xb2;
    pub const PUTSTATIC: u8 = 0xb3;
    pub const GETFIELD: u8 = 0xb4;
    pub const PUTFIELD: u8 = 0xb5;
    pub const INVOKEVIRTUAL: u8 = 0xb6;
    pub const INVOKESPECIAL: u8 = 0xb7;
    pub const INVOKESTATIC: u8 = 0xb8;
    pub const NEW: u8 = 0xbb;
    pub const ATHROW: u8 = 0xbf;
    pub const CHECKCAST: u8 = 0xc0;
    pub const INSTANCEOF: u8 = 0xc1;
    pub const WIDE: u8 = 0xc4;
    pub const GOTO_W: u8 = 0xc8;
}

impl Code {
    /// `locals`: the type of every local (in slot order, a long counting
    /// once), identical in every frame of the method.
    pub fn new(locals: Vec<VType>, wide: bool) -> Code {
        Code {
            bytes: Vec::new(),
            depth: 0,
            max_depth: 0,
            labels: Vec::new(),
            fixups: Vec::new(),
            frames: BTreeMap::new(),
            handlers: Vec::new(),
            wide,
            overflowed: false,
            locals,
        }
    }

    pub fn max_locals(&self) -> u16 {
        self.locals.iter().map(VType::size).sum()
    }

    fn adjust(&mut self, delta: i32) {
        self.depth += delta;
        self.max_depth = self.max_depth.max(self.depth);
    }

    fn u8(&mut self, b: u8) {
        self.bytes.push(b);
    }

    fn u16(&mut self, v: u16) {
        self.bytes.extend_from_slice(&v.to_be_bytes());
    }

    /// A plain instruction without operands, with its stack effect.
    pub fn insn(&mut self, opcode: u8, delta: i32) {
        self.u8(opcode);
        self.adjust(delta);
    }

    /// An instruction with a 2-byte constant-pool operand.
    pub fn insn_cp(&mut self, opcode: u8, index: u16, delta: i32) {
        self.u8(opcode);
        self.u16(index);
        self.adjust(delta);
    }

    /// Load or store of a local (`opcode` is the ILOAD/LLOAD/... form).
    pub fn local(&mut self, opcode: u8, slot: u16, delta: i32) {
        if slot <= 0xFF {
            self.u8(opcode);
            self.u8(slot as u8);
        } else {
            self.u8(op::WIDE);
            self.u8(opcode);
            self.u16(slot);
        }
        self.adjust(delta);
    }

    pub fn invoke(
        &mut self,
        opcode: u8,
        index: u16,
        desc: &str,
        has_receiver: bool,
    ) -> Result<(), String> {
        let (args, ret) = descriptor_sizes(desc)?;
        self.insn_cp(opcode, index, ret - args - i32::from(has_receiver));
        Ok(())
    }

    /// Push an int constant.
    pub fn push_int(&mut self, cp: &mut ConstPool, v: i32) -> Result<(), String> {
        if (-1..=5).contains(&v) {
            self.insn((op::ICONST_0 as i32 + v) as u8, 1);
        } else if i8::try_from(v).is_ok() {
            self.u8(op::BIPUSH);
            self.u8(v as u8);
            self.adjust(1);
        } else if i16::try_from(v).is_ok() {
            self.u8(op::SIPUSH);
            self.u16(v as u16);
            self.adjust(1);
        } else {
            let i = cp.int(v)?;
            self.ldc(i);
        }
        Ok(())
    }

    /// Push a long constant.
    pub fn push_long(&mut self, cp: &mut ConstPool, v: i64) -> Result<(), String> {
        if v == 0 || v == 1 {
            self.insn(op::LCONST_0 + v as u8, 2);
        } else if let Ok(s) = i16::try_from(v) {
            self.push_int(cp, i32::from(s))?;
            self.insn(op::I2L, 1);
        } else {
            let i = cp.long(v)?;
            self.insn_cp(op::LDC2_W, i, 2);
        }
        Ok(())
    }

    /// `ldc` of a one-slot constant.
    pub fn ldc(&mut self, index: u16) {
        if index <= 0xFF {
            self.u8(op::LDC);
            self.u8(index as u8);
            self.adjust(1);
        } else {
            self.insn_cp(op::LDC_W, index, 1);
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    /// Bind a label here without a frame (not a branch target).
    pub fn bind(&mut self, l: Label) {
        self.labels[l.0] = Some(self.bytes.len());
    }

    /// Bind a branch target here, with a frame whose operand stack is
    /// `stack` (the current depth becomes the stack's size).
    pub fn bind_target(&mut self, l: Label, stack: Vec<VType>) -> Result<(), String> {
        self.bind(l);
        self.frame_here(stack)
    }

    fn frame_here(&mut self, stack: Vec<VType>) -> Result<(), String> {
        let at = self.bytes.len();
        self.depth = stack.iter().map(|t| i32::from(t.size())).sum();
        self.max_depth = self.max_depth.max(self.depth);
        match self.frames.get(&at) {
            Some(s) if *s != stack => Err(format!("conflicting stack-map frames at offset {at}")),
            _ => {
                self.frames.insert(at, stack);
                Ok(())
            }
        }
    }

    /// A conditional branch (IFEQ/IFNE, which pop one int) to `l`.
    pub fn branch_if(&mut self, opcode: u8, l: Label) -> Result<(), String> {
        self.adjust(-1);
        if self.wide {
            let inverted = if opcode == op::IFEQ {
                op::IFNE
            } else {
                op::IFEQ
            };
            self.u8(inverted);
            self.u16(8);
            self.goto(l);
            // The inverted branch lands right after the goto_w.
            let stack = self.current_stack()?;
            self.frame_here(stack)
        } else {
            let base = self.bytes.len();
            self.u8(opcode);
            self.fixups.push(Fixup {
                base,
                at: base + 1,
                wide: false,
                label: l,
            });
            self.u16(0);
            Ok(())
        }
    }

    /// The operand stack at a branch; our code only branches with an empty
    /// stack.
    fn current_stack(&self) -> Result<Vec<VType>, String> {
        if self.depth == 0 {
            Ok(Vec::new())
        } else {
            Err("internal error: branch with a non-empty operand stack".into())
        }
    }

    pub fn goto(&mut self, l: Label) {
        let base = self.bytes.len();
        if self.wide {
            self.u8(op::GOTO_W);
            self.fixups.push(Fixup {
                base,
                at: base + 1,
                wide: true,
                label: l,
            });
            self.bytes.extend_from_slice(&[0; 4]);
        } else {
            self.u8(op::GOTO);
            self.fixups.push(Fixup {
                base,
                at: base + 1,
                wide: false,
                label: l,
            });
            self.u16(0);
        }
    }

    /// Mark the code after an unconditional transfer (goto, return, athrow)
    /// as unreachable by fall-through: the next instruction must be a
    /// frame-carrying target.
    pub fn end_flow(&mut self) {
        self.depth = 0;
    }

    pub fn position(&self) -> usize {
        self.bytes.len()
    }

    /// Record an exception handler covering [start, end).
    pub fn handler(&mut self, start: Label, end: Label, target: Label, catch_class: u16) {
        self.handlers.push((start, end, target, catch_class));
    }

    fn label_pos(&self, l: Label) -> Result<usize, String> {
        self.labels
            .get(l.0)
            .copied()
            .flatten()
            .ok_or_else(|| "internal error: unbound label".to_string())
    }

    /// Resolve branches; sets `overflowed` when a short offset does not fit.
    fn resolve(&mut self) -> Result<(), String> {
        let fixups = std::mem::take(&mut self.fixups);
        for f in &fixups {
            let target = self.label_pos(f.label)? as i64;
            let rel = target - f.base as i64;
            if f.wide {
                let rel = i32::try_from(rel).map_err(|_| "method too large".to_string())?;
                self.bytes[f.at..f.at + 4].copy_from_slice(&rel.to_be_bytes());
            } else if let Ok(r) = i16::try_from(rel) {
                self.bytes[f.at..f.at + 2].copy_from_slice(&r.to_be_bytes());
            } else {
                self.overflowed = true;
            }
        }
        Ok(())
    }

    /// The `Code` attribute body; `Ok(None)` when branches must be emitted
    /// again in the wide form.
    pub fn finish(mut self, cp: &mut ConstPool) -> Result<Option<Vec<u8>>, String> {
        self.resolve()?;
        if self.overflowed {
            return Ok(None);
        }
        if self.bytes.is_empty() || self.bytes.len() > 65535 {
            return Err(format!(
                "method code size {} is outside the JVM's limits (1..65535 bytes)",
                self.bytes.len()
            ));
        }
        let mut out = Vec::new();
        let max_stack =
            u16::try_from(self.max_depth).map_err(|_| "operand stack too deep".to_string())?;
        out.extend_from_slice(&max_stack.to_be_bytes());
        out.extend_from_slice(&self.max_locals().to_be_bytes());
        out.extend_from_slice(&(self.bytes.len() as u32).to_be_bytes());
        out.extend_from_slice(&self.bytes);
        let mut table = Vec::new();
        for &(s, e, h, c) in &self.handlers {
            let (s, e, h) = (self.label_pos(s)?, self.label_pos(e)?, self.label_pos(h)?);
            if s < e {
                table.push((s as u16, e as u16, h as u16, c));
            }
        }
        out.extend_from_slice(&(table.len() as u16).to_be_bytes());
        for (s, e, h, c) in table {
            for v in [s, e, h, c] {
                out.extend_from_slice(&v.to_be_bytes());
            }
        }
        if self.frames.is_empty() {
            out.extend_from_slice(&0u16.to_be_bytes());
        } else {
            out.extend_from_slice(&1u16.to_be_bytes());
            let name = cp.utf8("StackMapTable")?;
            let body = self.stack_map(cp)?;
            out.extend_from_slice(&name.to_be_bytes());
            out.extend_from_slice(&(body.len() as u32).to_be_bytes());
            out.extend_from_slice(&body);
        }
        Ok(Some(out))
    }

    /// StackMapTable: a full frame first, then frames with the same locals.
    fn stack_map(&self, cp: &mut ConstPool) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        out.extend_from_slice(&(self.frames.len() as u16).to_be_bytes());
        let mut prev: Option<usize> = None;
        for (&at, stack) in &self.frames {
            if at >= self.bytes.len() {
                return Err("internal error: stack-map frame past the end of the code".into());
            }
            let delta = match prev {
                None => at,
                Some(p) => at - p - 1,
            };
            let delta = u16::try_from(delta).map_err(|_| "method too large".to_string())?;
            if prev.is_none() {
                out.push(255);
                out.extend_from_slice(&delta.to_be_bytes());
                out.extend_from_slice(&(self.locals.len() as u16).to_be_bytes());
                for t in &self.locals {
                    t.write(cp, &mut out)?;
                }
                out.extend_from_slice(&(stack.len() as u16).to_be_bytes());
                for t in stack {
                    t.write(cp, &mut out)?;
                }
            } else if stack.is_empty() {
                if delta < 64 {
                    out.push(delta as u8);
                } else {
                    out.push(251);
                    out.extend_from_slice(&delta.to_be_bytes());
                }
            } else if stack.len() == 1 {
                if delta < 64 {
                    out.push(64 + delta as u8);
                } else {
                    out.push(247);
                    out.extend_from_slice(&delta.to_be_bytes());
                }
                stack[0].write(cp, &mut out)?;
            } else {
                out.push(255);
                out.extend_from_slice(&delta.to_be_bytes());
                out.extend_from_slice(&(self.locals.len() as u16).to_be_bytes());
                for t in &self.locals {
                    t.write(cp, &mut out)?;
                }
                out.extend_from_slice(&(stack.len() as u16).to_be_bytes());
                for t in stack {
                    t.write(cp, &mut out)?;
                }
            }
            prev = Some(at);
        }
        Ok(out)
    }
}

/// A method ready to be written.
pub struct MethodInfo {
    pub access: u16,
    pub name: String,
    pub desc: String,
    /// Body of the `Code` attribute (see [`Code::finish`]).
    pub code: Vec<u8>,
}

pub struct FieldInfo {
    pub access: u16,
    pub name: String,
    pub desc: String,
}

/// Serialize a class.
pub fn write_class(
    cp: &mut ConstPool,
    access: u16,
    this: &str,
    superclass: &str,
    fields: &[FieldInfo],
    methods: &[MethodInfo],
) -> Result<Vec<u8>, String> {
    let this_i = cp.class(this)?;
    let super_i = cp.class(superclass)?;
    let code_name = cp.utf8("Code")?;
    let mut body = Vec::new();
    body.extend_from_slice(&access.to_be_bytes());
    body.extend_from_slice(&this_i.to_be_bytes());
    body.extend_from_slice(&super_i.to_be_bytes());
    body.extend_from_slice(&0u16.to_be_bytes()); // interfaces
    let count = |n: usize, what: &str| -> Result<[u8; 2], String> {
        u16::try_from(n)
            .map(u16::to_be_bytes)
            .map_err(|_| format!("too many {what} in class `{this}`"))
    };
    body.extend_from_slice(&count(fields.len(), "fields")?);
    for f in fields {
        body.extend_from_slice(&f.access.to_be_bytes());
        body.extend_from_slice(&cp.utf8(&f.name)?.to_be_bytes());
        body.extend_from_slice(&cp.utf8(&f.desc)?.to_be_bytes());
        body.extend_from_slice(&0u16.to_be_bytes());
    }
    body.extend_from_slice(&count(methods.len(), "methods")?);
    for m in methods {
        body.extend_from_slice(&m.access.to_be_bytes());
        body.extend_from_slice(&cp.utf8(&m.name)?.to_be_bytes());
        body.extend_from_slice(&cp.utf8(&m.desc)?.to_be_bytes());
        body.extend_from_slice(&1u16.to_be_bytes());
        body.extend_from_slice(&code_name.to_be_bytes());
        body.extend_from_slice(&(m.code.len() as u32).to_be_bytes());
        body.extend_from_slice(&m.code);
    }
    body.extend_from_slice(&0u16.to_be_bytes()); // class attributes
    let mut out = Vec::with_capacity(body.len() + cp.bytes.len() + 10);
    out.extend_from_slice(&0xCAFEBABEu32.to_be_bytes());
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&MAJOR_VERSION.to_be_bytes());
    out.extend_from_slice(&(cp.next as u16).to_be_bytes());
    out.extend_from_slice(&cp.bytes);
    out.extend_from_slice(&body);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_utf8_encodes_nul_and_astral() {
        assert_eq!(modified_utf8("a\0"), vec![b'a', 0xC0, 0x80]);
        assert_eq!(modified_utf8("\u{e9}"), vec![0xC3, 0xA9]);
        // U+1F600 = D83D DE00
        assert_eq!(
            modified_utf8("\u{1F600}"),
            vec![0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80]
        );
    }

    #[test]
    fn pool_interns() {
        let mut cp = ConstPool::new();
        let a = cp.method("a/B", "m", "()V").unwrap();
        let b = cp.method("a/B", "m", "()V").unwrap();
        assert_eq!(a, b);
        let l = cp.long(1 << 40).unwrap();
        let s = cp.string("x").unwrap();
        assert_eq!(s, l + 3); // the long takes two entries, then utf8 "x"
    }

    #[test]
    fn descriptor_sizes_count_longs_twice() {
        assert_eq!(descriptor_sizes("(JLa/B;Z)J").unwrap(), (4, 2));
        assert_eq!(
            descriptor_sizes("([J[Ljava/lang/String;)V").unwrap(),
            (2, 0)
        );
        assert!(descriptor_sizes("(Q)V").is_err());
    }
}
