//! IR → class files.
//!
//! Layout:
//! - user class `C` → `py/C` (builtin exception classes → `rt/C`, from the
//!   runtime); the body of method `C.m` is `public static m(C, ...)` on
//!   `py/C`, and each virtual method `m` is an instance method `v$m`
//!   forwarding to the body (the prefix keeps user names away from
//!   `java.lang.Object`'s final methods such as `wait`);
//! - module functions are static methods of `prog/Main`, which also holds
//!   the JVM entry point `main(String[])`;
//! - names: `$` in function and method names is doubled (`f$1` → `f$$1`)
//!   so that the virtual forwarders' `v$` prefix can never collide;
//! - types: int → `J`, bool → `Z`, float → `D`, str → `rt/Str` (host
//!   string plus code points when it has surrogates), bytes → `[B` (never
//!   mutated), list → `rt/List` (boxed elements), class → its class;
//!   `null` is Python's `None` for nullable references;
//! - primitives (`ir::Prim`) are static methods of the runtime (`rt/Ops`,
//!   `rt/Flt`, `rt/Str`, `rt/Bytes`, `rt/List`, `rt/Os`, `rt/Rt`), except
//!   float `+ - *` and negation, which are single instructions.
//!
//! Locals and frames: every value live across blocks (and every block
//! parameter) has its own local slot; values used only in the block that
//! defines them share slots per type. All locals are set to a default at
//! method entry, so every stack-map frame has the same locals (typed from
//! the IR) and an empty operand stack, except at handler entries, where the
//! stack holds the `rt/BaseException` being caught (a JVM
//! `StackOverflowError` or `OutOfMemoryError` reaches the same handler as a
//! `RecursionError` or `MemoryError`).

use crate::classfile::{
    ACC_FINAL, ACC_PUBLIC, ACC_STATIC, ACC_SUPER, Code, ConstPool, FieldInfo, Label, MethodInfo,
    VType, op, write_class,
};
use ir::{BinOp, Function, Module, Op, Prim, Sig, Terminator, Type, Value};
use std::collections::{BTreeMap, HashMap};

/// Class holding the module functions and the entry point.
pub const MAIN_CLASS: &str = "prog/Main";
/// Static field of the globals class (`ir::GLOBALS_CLASS`) holding its one
/// instance (an IR field of that name is rejected).
const GLOBALS_INSTANCE: &str = "$instance";
const LIST: &str = "rt/List";
const EXC_ROOT: &str = "rt/BaseException";
const STR: &str = "rt/Str";
const BYTES: &str = "[B";
const STACK_OVERFLOW: &str = "java/lang/StackOverflowError";
const OUT_OF_MEMORY: &str = "java/lang/OutOfMemoryError";

/// A JVM method name for an IR function or method name: `$` is doubled, so
/// a name with a single `$` (the forwarders' `v$m`) never comes from IR.
fn mangle(name: &str) -> String {
    name.replace('$', "$$")
}

fn check_name(kind: &str, name: &str) -> Result<(), String> {
    if name.is_empty() || name.contains(['.', ';', '[', '/', '<', '>']) {
        return Err(format!("{kind} name `{name}` cannot be used on the JVM"));
    }
    Ok(())
}

/// Internal name of an IR class.
fn class_name(m: &Module, c: &str) -> Result<String, String> {
    let k = m.class(c).ok_or_else(|| format!("unknown class `{c}`"))?;
    if k.builtin {
        if !ir::BUILTIN_EXCEPTIONS.iter().any(|(n, _)| *n == c) {
            return Err(format!("builtin class `{c}` is not in the JVM runtime"));
        }
        Ok(format!("rt/{c}"))
    } else {
        check_name("class", c)?;
        Ok(format!("py/{c}"))
    }
}

fn descriptor(m: &Module, t: &Type) -> Result<String, String> {
    Ok(match t {
        Type::Int => "J".into(),
        Type::Bool => "Z".into(),
        Type::Float => "D".into(),
        Type::Str => format!("L{STR};"),
        Type::Bytes => BYTES.into(),
        Type::List(_) => format!("L{LIST};"),
        Type::Class(c) => format!("L{};", class_name(m, c)?),
    })
}

fn vtype(m: &Module, t: &Type) -> Result<VType, String> {
    Ok(match t {
        Type::Int => VType::Long,
        Type::Bool => VType::Int,
        Type::Float => VType::Double,
        Type::Str => VType::Object(STR.into()),
        Type::Bytes => VType::Object(BYTES.into()),
        Type::List(_) => VType::Object(LIST.into()),
        Type::Class(c) => VType::Object(class_name(m, c)?),
    })
}

fn method_descriptor(m: &Module, params: &[Type], ret: Option<&Type>) -> Result<String, String> {
    let mut d = String::from("(");
    for p in params {
        d.push_str(&descriptor(m, p)?);
    }
    d.push(')');
    match ret {
        Some(r) => d.push_str(&descriptor(m, r)?),
        None => d.push('V'),
    }
    Ok(d)
}

/// Where the body of a function lives: (class, method name).
fn function_owner(m: &Module, name: &str) -> Result<(String, String), String> {
    match name.split_once('.') {
        Some((c, meth)) => {
            let k = m
                .class(c)
                .ok_or_else(|| format!("function `{name}` belongs to unknown class `{c}`"))?;
            if k.builtin {
                return Err(format!("function `{name}` is a body on a builtin class"));
            }
            check_name("method", meth)?;
            Ok((class_name(m, c)?, mangle(meth)))
        }
        None => {
            check_name("function", name)?;
            Ok((MAIN_CLASS.to_string(), mangle(name)))
        }
    }
}

fn virtual_name(method: &str) -> String {
    format!("v${}", mangle(method))
}

fn load_op(t: &VType) -> u8 {
    match t {
        VType::Int => op::ILOAD,
        VType::Long => op::LLOAD,
        VType::Double => op::DLOAD,
        VType::Object(_) => op::ALOAD,
    }
}

fn store_op(t: &VType) -> u8 {
    match t {
        VType::Int => op::ISTORE,
        VType::Long => op::LSTORE,
        VType::Double => op::DSTORE,
        VType::Object(_) => op::ASTORE,
    }
}

/// Local slots of one function.
struct Slots {
    slot: Vec<Option<u16>>,
    vty: Vec<Option<VType>>,
    /// Type of every local, in slot order (a long counted once).
    locals: Vec<VType>,
    /// Slots below this are the method's parameters.
    param_slots: u16,
}

impl Slots {
    fn compute(m: &Module, f: &Function) -> Result<Slots, String> {
        let nv = f.value_types.len();
        let mut vty = Vec::with_capacity(nv);
        for t in &f.value_types {
            vty.push(Some(vtype(m, t)?));
        }
        // Every defined value has a type (so the indexing below is in range).
        for b in &f.blocks {
            let defs = b
                .params
                .iter()
                .chain(b.insts.iter().filter_map(|i| i.result.as_ref()));
            for v in defs {
                if v.0 as usize >= nv {
                    return Err(format!("{v} has no type"));
                }
            }
        }
        let mut def_block: Vec<Option<usize>> = vec![None; nv];
        let mut global = vec![false; nv];
        for (bi, b) in f.blocks.iter().enumerate() {
            for p in &b.params {
                def_block[p.0 as usize] = Some(bi);
                global[p.0 as usize] = true;
            }
            for i in &b.insts {
                if let Some(r) = i.result {
                    def_block[r.0 as usize] = Some(bi);
                }
            }
        }
        for (bi, b) in f.blocks.iter().enumerate() {
            let uses = b
                .insts
                .iter()
                .flat_map(|i| i.op.operands())
                .chain(b.term.operands());
            for v in uses {
                if def_block.get(v.0 as usize).copied().flatten() != Some(bi)
                    && let Some(g) = global.get_mut(v.0 as usize)
                {
                    *g = true;
                }
            }
        }
        let mut slots = Slots {
            slot: vec![None; nv],
            vty,
            locals: Vec::new(),
            param_slots: 0,
        };
        let mut next: u32 = 0;
        let mut alloc = |slots: &mut Slots, t: VType| -> Result<u16, String> {
            let s = next;
            next += u32::from(t.size());
            if next > 0xFFFF {
                return Err(format!("function `{}` needs too many locals", f.name));
            }
            slots.locals.push(t);
            Ok(s as u16)
        };
        let entry = f.blocks.first().ok_or("function without blocks")?;
        for p in &entry.params {
            let t = slots.ty(*p)?;
            let s = alloc(&mut slots, t)?;
            slots.slot[p.0 as usize] = Some(s);
        }
        slots.param_slots = slots.locals.iter().map(VType::size).sum();
        for (v, g) in global.iter().enumerate() {
            if *g && slots.slot[v].is_none() && def_block[v].is_some() {
                let t = slots.ty(Value(v as u32))?;
                slots.slot[v] = Some(alloc(&mut slots, t)?);
            }
        }
        // Block-local values: per-type pools shared by all blocks.
        let mut pools: HashMap<VType, Vec<u16>> = HashMap::new();
        for b in &f.blocks {
            let mut used: HashMap<VType, usize> = HashMap::new();
            for r in b.insts.iter().filter_map(|i| i.result) {
                if global[r.0 as usize] {
                    continue;
                }
                let t = slots.ty(r)?;
                let k = used.entry(t.clone()).or_insert(0);
                let pool = pools.entry(t.clone()).or_default();
                if *k == pool.len() {
                    pool.push(alloc(&mut slots, t)?);
                }
                slots.slot[r.0 as usize] = Some(pool[*k]);
                *k += 1;
            }
        }
        Ok(slots)
    }

    fn ty(&self, v: Value) -> Result<VType, String> {
        self.vty
            .get(v.0 as usize)
            .cloned()
            .flatten()
            .ok_or_else(|| format!("{v} has no type"))
    }

    fn get(&self, v: Value) -> Result<(u16, VType), String> {
        let s = self
            .slot
            .get(v.0 as usize)
            .copied()
            .flatten()
            .ok_or_else(|| format!("{v} is never defined"))?;
        Ok((s, self.ty(v)?))
    }
}

struct FnGen<'a> {
    m: &'a Module,
    f: &'a Function,
    cp: &'a mut ConstPool,
    code: Code,
    slots: &'a Slots,
    block_labels: Vec<Label>,
}

impl FnGen<'_> {
    fn load(&mut self, v: Value) -> Result<(), String> {
        let (s, t) = self.slots.get(v)?;
        self.code.local(load_op(&t), s, i32::from(t.size()));
        Ok(())
    }

    fn store(&mut self, v: Value) -> Result<(), String> {
        let (s, t) = self.slots.get(v)?;
        self.code.local(store_op(&t), s, -i32::from(t.size()));
        Ok(())
    }

    fn invokestatic(&mut self, owner: &str, name: &str, desc: &str) -> Result<(), String> {
        let i = self.cp.method(owner, name, desc)?;
        self.code.invoke(op::INVOKESTATIC, i, desc, false)
    }

    fn invokevirtual(&mut self, owner: &str, name: &str, desc: &str) -> Result<(), String> {
        let i = self.cp.method(owner, name, desc)?;
        self.code.invoke(op::INVOKEVIRTUAL, i, desc, true)
    }

    fn checkcast(&mut self, class: &str) -> Result<(), String> {
        let i = self.cp.class(class)?;
        self.code.insn_cp(op::CHECKCAST, i, 0);
        Ok(())
    }

    /// Box the value on the stack for storage in a list.
    fn boxed(&mut self, t: &Type) -> Result<(), String> {
        match t {
            Type::Int => self.invokestatic("java/lang/Long", "valueOf", "(J)Ljava/lang/Long;"),
            Type::Bool => {
                self.invokestatic("java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;")
            }
            Type::Float => {
                self.invokestatic("java/lang/Double", "valueOf", "(D)Ljava/lang/Double;")
            }
            _ => Ok(()),
        }
    }

    /// Turn the `Object` on the stack (a list element) into a `t`.
    fn unboxed(&mut self, t: &Type) -> Result<(), String> {
        match t {
            Type::Int => {
                self.checkcast("java/lang/Long")?;
                self.invokevirtual("java/lang/Long", "longValue", "()J")
            }
            Type::Bool => {
                self.checkcast("java/lang/Boolean")?;
                self.invokevirtual("java/lang/Boolean", "booleanValue", "()Z")
            }
            Type::Float => {
                self.checkcast("java/lang/Double")?;
                self.invokevirtual("java/lang/Double", "doubleValue", "()D")
            }
            Type::Str => self.checkcast(STR),
            Type::Bytes => self.checkcast(BYTES),
            Type::List(_) => self.checkcast(LIST),
            Type::Class(c) => {
                let n = class_name(self.m, c)?;
                self.checkcast(&n)
            }
        }
    }

    fn elem_type(&self, list: Value) -> Result<Type, String> {
        match self.f.value_types.get(list.0 as usize) {
            Some(Type::List(e)) => Ok((**e).clone()),
            _ => Err(format!("{list} is not a list")),
        }
    }

    /// Push a `java/lang/String` constant; returns whether it is a single
    /// (interned) `ldc` rather than a concatenation built at run time.
    fn push_jstring(&mut self, s: &str) -> Result<bool, String> {
        if crate::classfile::modified_utf8(s).len() <= 0xFFFF {
            let i = self.cp.string(s)?;
            self.code.ldc(i);
            return Ok(true);
        }
        let chars: Vec<char> = s.chars().collect();
        for (k, chunk) in chars.chunks(10_000).enumerate() {
            let piece: String = chunk.iter().collect();
            let i = self.cp.string(&piece)?;
            self.code.ldc(i);
            if k > 0 {
                self.invokevirtual(
                    "java/lang/String",
                    "concat",
                    "(Ljava/lang/String;)Ljava/lang/String;",
                )?;
            }
        }
        Ok(false)
    }

    /// Push a `str` constant.
    fn push_str(&mut self, s: &str) -> Result<(), String> {
        if self.push_jstring(s)? {
            self.invokestatic(STR, "lit", "(Ljava/lang/String;)Lrt/Str;")
        } else {
            self.invokestatic(STR, "of", "(Ljava/lang/String;)Lrt/Str;")
        }
    }

    /// Field descriptor of `class.field` (declared by `class`).
    fn field(&self, class: &str, field: &str) -> Result<(String, String), String> {
        let k = self
            .m
            .class(class)
            .ok_or_else(|| format!("unknown class `{class}`"))?;
        let fl = k
            .fields
            .iter()
            .find(|x| x.name == field)
            .ok_or_else(|| format!("class `{class}` declares no field `{field}`"))?;
        check_name("field", field)?;
        Ok((class_name(self.m, class)?, descriptor(self.m, &fl.ty)?))
    }

    /// Emit one operation; returns the stack size of the value it leaves
    /// (0, 1 or 2).
    fn op(&mut self, o: &Op) -> Result<u16, String> {
        match o {
            Op::ConstInt(i) => {
                self.code.push_long(self.cp, *i)?;
                Ok(2)
            }
            Op::ConstBool(b) => {
                self.code.insn(op::ICONST_0 + u8::from(*b), 1);
                Ok(1)
            }
            Op::ConstStr(s) => {
                self.push_str(s)?;
                Ok(1)
            }
            Op::ConstFloat(bits) => {
                if *bits == 0 {
                    self.code.insn(op::DCONST_0, 2);
                } else if *bits == 1f64.to_bits() {
                    self.code.insn(op::DCONST_1, 2);
                } else {
                    let i = self.cp.double(*bits)?;
                    self.code.insn_cp(op::LDC2_W, i, 2);
                }
                Ok(2)
            }
            Op::ConstBytes(b) => {
                // Bytes as the chars 0..=255 of a host string.
                let s: String = b.iter().map(|&x| char::from(x)).collect();
                let interned = self.push_jstring(&s)?;
                self.code.insn(op::ICONST_0 + u8::from(interned), 1);
                self.invokestatic("rt/Bytes", "lit", "(Ljava/lang/String;Z)[B")?;
                Ok(1)
            }
            Op::ConstNull(_) => {
                self.code.insn(op::ACONST_NULL, 1);
                Ok(1)
            }
            Op::Prim(p, args) => self.prim(*p, args),
            Op::Bin(b, x, y) => {
                // Comparisons are branch-free on the result of lcmp
                // (-1, 0 or 1): lt = lcmp(x, y) >>> 31, gt = lt with the
                // operands swapped, ne = lcmp & 1; le/ge/eq negate with ^1.
                let (first, second) = match b {
                    BinOp::Gt | BinOp::Le => (*y, *x),
                    _ => (*x, *y),
                };
                self.load(first)?;
                self.load(second)?;
                let helper = match b {
                    BinOp::Add => Some("add"),
                    BinOp::Sub => Some("sub"),
                    BinOp::Mul => Some("mul"),
                    BinOp::FloorDiv => Some("floordiv"),
                    BinOp::Mod => Some("mod"),
                    BinOp::Shl => Some("shl"),
                    BinOp::Shr => Some("shr"),
                    _ => None,
                };
                if let Some(h) = helper {
                    self.invokestatic("rt/Ops", h, "(JJ)J")?;
                    return Ok(2);
                }
                let bitwise = match b {
                    BinOp::And => Some(op::LAND),
                    BinOp::Or => Some(op::LOR),
                    BinOp::Xor => Some(op::LXOR),
                    _ => None,
                };
                if let Some(o) = bitwise {
                    self.code.insn(o, -2);
                    return Ok(2);
                }
                self.code.insn(op::LCMP, -3);
                match b {
                    BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge => {
                        self.code.push_int(self.cp, 31)?;
                        self.code.insn(op::IUSHR, -1);
                    }
                    _ => {
                        self.code.insn(op::ICONST_0 + 1, 1);
                        self.code.insn(op::IAND, -1);
                    }
                }
                if matches!(b, BinOp::Le | BinOp::Ge | BinOp::Eq) {
                    self.code.insn(op::ICONST_0 + 1, 1);
                    self.code.insn(op::IXOR, -1);
                }
                Ok(1)
            }
            Op::Neg(x) => {
                self.load(*x)?;
                self.invokestatic("rt/Ops", "neg", "(J)J")?;
                Ok(2)
            }
            Op::Not(x) => {
                self.load(*x)?;
                self.code.insn(op::ICONST_0 + 1, 1);
                self.code.insn(op::IXOR, -1);
                Ok(1)
            }
            Op::BoolEq(x, y) => {
                self.load(*x)?;
                self.load(*y)?;
                self.code.insn(op::IXOR, -1);
                self.code.insn(op::ICONST_0 + 1, 1);
                self.code.insn(op::IXOR, -1);
                Ok(1)
            }
            Op::StrConcat(x, y) => {
                self.load(*x)?;
                self.load(*y)?;
                self.invokevirtual(STR, "concat", "(Lrt/Str;)Lrt/Str;")?;
                Ok(1)
            }
            Op::StrEq(x, y) => {
                self.load(*x)?;
                self.load(*y)?;
                self.invokestatic(STR, "eq", "(Lrt/Str;Lrt/Str;)Z")?;
                Ok(1)
            }
            Op::StrLen(x) => {
                self.load(*x)?;
                self.invokevirtual(STR, "len", "()J")?;
                Ok(2)
            }
            Op::IntToStr(x) => {
                self.load(*x)?;
                self.invokestatic(STR, "ofLong", "(J)Lrt/Str;")?;
                Ok(1)
            }
            Op::BoolToStr(x) => {
                self.load(*x)?;
                self.invokestatic(STR, "ofBool", "(Z)Lrt/Str;")?;
                Ok(1)
            }
            Op::Call { func, args } => {
                let g = self
                    .m
                    .function(func)
                    .ok_or_else(|| format!("call of unknown function `{func}`"))?;
                let (owner, name) = function_owner(self.m, func)?;
                let desc = method_descriptor(self.m, &g.params, g.ret.as_ref())?;
                for a in args {
                    self.load(*a)?;
                }
                self.invokestatic(&owner, &name, &desc)?;
                ret_size(g.ret.as_ref())
            }
            Op::CallVirtual {
                class,
                method,
                args,
            } => {
                let owner = self
                    .m
                    .resolve_method(class, method)
                    .ok_or_else(|| format!("class `{class}` has no method `{method}`"))?;
                let body = format!("{owner}.{method}");
                let g = self
                    .m
                    .function(&body)
                    .ok_or_else(|| format!("method `{body}` has no body"))?;
                let desc =
                    method_descriptor(self.m, g.params.get(1..).unwrap_or(&[]), g.ret.as_ref())?;
                for a in args {
                    self.load(*a)?;
                }
                let cls = class_name(self.m, class)?;
                check_name("method", method)?;
                self.invokevirtual(&cls, &virtual_name(method), &desc)?;
                ret_size(g.ret.as_ref())
            }
            Op::Globals => {
                let cls = class_name(self.m, ir::GLOBALS_CLASS)?;
                let i = self.cp.field(&cls, GLOBALS_INSTANCE, &format!("L{cls};"))?;
                self.code.insn_cp(op::GETSTATIC, i, 1);
                Ok(1)
            }
            Op::New(c) => {
                let cls = class_name(self.m, c)?;
                let i = self.cp.class(&cls)?;
                self.code.insn_cp(op::NEW, i, 1);
                self.code.insn(op::DUP, 1);
                let init = self.cp.method(&cls, "<init>", "()V")?;
                self.code.insn_cp(op::INVOKESPECIAL, init, -1);
                Ok(1)
            }
            Op::GetField { class, field, obj } => {
                let (owner, desc) = self.field(class, field)?;
                self.load(*obj)?;
                let i = self.cp.field(&owner, field, &desc)?;
                let size = VType::of_descriptor(&desc).size();
                self.code.insn_cp(op::GETFIELD, i, i32::from(size) - 1);
                Ok(size)
            }
            Op::SetField {
                class,
                field,
                obj,
                value,
            } => {
                let (owner, desc) = self.field(class, field)?;
                self.load(*obj)?;
                self.load(*value)?;
                let i = self.cp.field(&owner, field, &desc)?;
                let size = VType::of_descriptor(&desc).size();
                self.code.insn_cp(op::PUTFIELD, i, -1 - i32::from(size));
                Ok(0)
            }
            Op::ListNew { elem, items } => {
                let i = self.cp.class(LIST)?;
                self.code.insn_cp(op::NEW, i, 1);
                self.code.insn(op::DUP, 1);
                let n = i32::try_from(items.len()).map_err(|_| "list literal too long")?;
                self.code.push_int(self.cp, n)?;
                let init = self.cp.method(LIST, "<init>", "(I)V")?;
                self.code.insn_cp(op::INVOKESPECIAL, init, -2);
                for it in items {
                    self.code.insn(op::DUP, 1);
                    self.load(*it)?;
                    self.boxed(elem)?;
                    self.invokevirtual(LIST, "append", "(Ljava/lang/Object;)V")?;
                }
                Ok(1)
            }
            Op::ListGet(l, i) => {
                let e = self.elem_type(*l)?;
                self.load(*l)?;
                self.load(*i)?;
                self.invokevirtual(LIST, "get", "(J)Ljava/lang/Object;")?;
                self.unboxed(&e)?;
                Ok(vtype(self.m, &e)?.size())
            }
            Op::ListSet(l, i, x) => {
                let e = self.elem_type(*l)?;
                self.load(*l)?;
                self.load(*i)?;
                self.load(*x)?;
                self.boxed(&e)?;
                self.invokevirtual(LIST, "set", "(JLjava/lang/Object;)V")?;
                Ok(0)
            }
            Op::ListLen(l) => {
                self.load(*l)?;
                self.invokevirtual(LIST, "len", "()J")?;
                Ok(2)
            }
            Op::ListAppend(l, x) => {
                let e = self.elem_type(*l)?;
                self.load(*l)?;
                self.load(*x)?;
                self.boxed(&e)?;
                self.invokevirtual(LIST, "append", "(Ljava/lang/Object;)V")?;
                Ok(0)
            }
            Op::ListPop(l) => {
                let e = self.elem_type(*l)?;
                self.load(*l)?;
                self.invokevirtual(LIST, "pop", "()Ljava/lang/Object;")?;
                self.unboxed(&e)?;
                Ok(vtype(self.m, &e)?.size())
            }
            Op::ListPopAt(l, i) => {
                let e = self.elem_type(*l)?;
                self.load(*l)?;
                self.load(*i)?;
                self.invokevirtual(LIST, "pop", "(J)Ljava/lang/Object;")?;
                self.unboxed(&e)?;
                Ok(vtype(self.m, &e)?.size())
            }
            Op::ListExtend(l, x) => {
                self.load(*l)?;
                self.load(*x)?;
                self.invokevirtual(LIST, "extend", "(Lrt/List;)V")?;
                Ok(0)
            }
            Op::InstanceOf { class, value } => {
                let cls = class_name(self.m, class)?;
                self.load(*value)?;
                let i = self.cp.class(&cls)?;
                self.code.insn_cp(op::INSTANCEOF, i, 0);
                Ok(1)
            }
            Op::Cast { class, value } => {
                let cls = class_name(self.m, class)?;
                self.load(*value)?;
                self.checkcast(&cls)?;
                Ok(1)
            }
            Op::Print(x) => {
                self.load(*x)?;
                self.invokestatic("rt/Rt", "print", "(Lrt/Str;)Z")?;
                Ok(1)
            }
        }
    }

    /// Emit a primitive: its operands (an `Elem` operand boxed as a list
    /// element), then one instruction or a runtime call; returns the stack
    /// size of the result.
    fn prim(&mut self, p: Prim, args: &[Value]) -> Result<u16, String> {
        let params = p.params();
        if params.len() != args.len() {
            return Err(format!("{} takes {} operands", p.mnemonic(), params.len()));
        }
        for (a, sig) in args.iter().zip(params) {
            self.load(*a)?;
            if *sig == Sig::Elem {
                let list = args.first().copied().ok_or("element without a list")?;
                let e = self.elem_type(list)?;
                self.boxed(&e)?;
            }
        }
        let result = match p.result() {
            Sig::Nothing => 0,
            Sig::Int | Sig::Float => 2,
            _ => 1,
        };
        let (owner, name) = match prim_impl(p) {
            PrimImpl::Insn(o, delta) => {
                self.code.insn(o, delta);
                return Ok(result);
            }
            PrimImpl::Call(owner, name) => (owner, name),
        };
        self.invokestatic(owner, name, &prim_descriptor(p))?;
        Ok(result)
    }

    /// Pass jump arguments to a block's parameters (a parallel move: load
    /// every argument, then store in reverse order).
    fn moves(&mut self, t: &ir::Target) -> Result<(), String> {
        let params = &self
            .f
            .blocks
            .get(t.block.0 as usize)
            .ok_or_else(|| format!("jump to missing block {}", t.block))?
            .params;
        if params.len() != t.args.len() {
            return Err(format!("wrong number of arguments for {}", t.block));
        }
        for a in &t.args {
            self.load(*a)?;
        }
        for p in params.iter().rev() {
            self.store(*p)?;
        }
        Ok(())
    }

    /// Jump to a block unless it comes next.
    fn goto_block(&mut self, target: usize, next: usize) {
        if target != next {
            self.code.goto(self.block_labels[target]);
        }
        self.code.end_flow();
    }

    fn term(&mut self, t: &Terminator, next: usize) -> Result<(), String> {
        match t {
            Terminator::Jump(tg) => {
                self.moves(tg)?;
                self.goto_block(tg.block.0 as usize, next);
            }
            Terminator::Branch { cond, then, else_ } => {
                self.load(*cond)?;
                let then_falls = then.block.0 as usize == next && else_.args.is_empty();
                if then.args.is_empty() && !then_falls {
                    self.code
                        .branch_if(op::IFNE, self.block_labels[then.block.0 as usize])?;
                    self.moves(else_)?;
                    self.goto_block(else_.block.0 as usize, next);
                } else if else_.args.is_empty() {
                    self.code
                        .branch_if(op::IFEQ, self.block_labels[else_.block.0 as usize])?;
                    self.moves(then)?;
                    self.goto_block(then.block.0 as usize, next);
                } else {
                    let l = self.code.new_label();
                    self.code.branch_if(op::IFEQ, l)?;
                    self.moves(then)?;
                    self.code.goto(self.block_labels[then.block.0 as usize]);
                    self.code.bind_target(l, Vec::new())?;
                    self.moves(else_)?;
                    self.goto_block(else_.block.0 as usize, next);
                }
            }
            Terminator::Return(v) => {
                match v {
                    None => self.code.insn(op::RETURN, 0),
                    Some(v) => {
                        let (_, t) = self.slots.get(*v)?;
                        self.load(*v)?;
                        let o = match t {
                            VType::Int => op::IRETURN,
                            VType::Long => op::LRETURN,
                            VType::Double => op::DRETURN,
                            VType::Object(_) => op::ARETURN,
                        };
                        self.code.insn(o, -i32::from(t.size()));
                    }
                }
                self.code.end_flow();
            }
            Terminator::Raise(v) => {
                self.load(*v)?;
                self.code.insn(op::ATHROW, -1);
                self.code.end_flow();
            }
            Terminator::Unreachable => {
                self.code.insn(op::ACONST_NULL, 1);
                self.code.insn(op::ATHROW, -1);
                self.code.end_flow();
            }
        }
        Ok(())
    }

    fn body(&mut self) -> Result<(), String> {
        let f = self.f;
        let nb = f.blocks.len();
        let mut is_handler = vec![false; nb];
        for b in &f.blocks {
            if let Some(h) = b.catch {
                let h = h.0 as usize;
                if h >= nb {
                    return Err(format!("missing handler block b{h}"));
                }
                if h == 0 {
                    return Err("the entry block cannot be a handler".into());
                }
                is_handler[h] = true;
            }
        }
        // Every local starts with a default so that all frames agree.
        for (slot, t) in self.slot_list() {
            if slot < self.slots.param_slots {
                continue;
            }
            match t {
                VType::Int => self.code.insn(op::ICONST_0, 1),
                VType::Long => self.code.insn(op::LCONST_0, 2),
                VType::Double => self.code.insn(op::DCONST_0, 2),
                VType::Object(_) => self.code.insn(op::ACONST_NULL, 1),
            }
            self.code.local(store_op(&t), slot, -i32::from(t.size()));
        }
        self.block_labels = (0..nb).map(|_| self.code.new_label()).collect();
        let exc = self.cp.class(EXC_ROOT)?;
        let host_errors = [
            (self.cp.class(STACK_OVERFLOW)?, 0usize),
            (self.cp.class(OUT_OF_MEMORY)?, 1usize),
        ];
        let mut stubs: BTreeMap<(usize, usize), Label> = BTreeMap::new();
        for (bi, b) in f.blocks.iter().enumerate() {
            let stack = if is_handler[bi] {
                vec![VType::Object(EXC_ROOT.into())]
            } else {
                Vec::new()
            };
            self.code.bind_target(self.block_labels[bi], stack)?;
            if is_handler[bi] {
                match b.params.as_slice() {
                    [p] => self.store(*p)?,
                    _ => return Err(format!("handler b{bi} must take one parameter")),
                }
            }
            let start = self.code.new_label();
            self.code.bind(start);
            for inst in &b.insts {
                let size = self.op(&inst.op)?;
                match (inst.result, size) {
                    (Some(r), _) => self.store(r)?,
                    (None, 0) => {}
                    (None, 1) => self.code.insn(op::POP, -1),
                    (None, _) => self.code.insn(op::POP2, -2),
                }
            }
            self.term(&b.term, bi + 1)?;
            let end = self.code.new_label();
            self.code.bind(end);
            if let Some(h) = b.catch {
                let h = h.0 as usize;
                self.code.handler(start, end, self.block_labels[h], exc);
                // A JVM stack overflow (allocation failure) reaches the
                // same handler as our RecursionError (MemoryError): see
                // `host_error_stubs`.
                for (class, kind) in host_errors {
                    let stub = *stubs
                        .entry((h, kind))
                        .or_insert_with(|| self.code.new_label());
                    self.code.handler(start, end, stub, class);
                }
            }
        }
        self.host_error_stubs(stubs)
    }

    /// For each handler block: StackOverflowError → RecursionError and
    /// OutOfMemoryError → MemoryError, then on to the handler.
    fn host_error_stubs(&mut self, stubs: BTreeMap<(usize, usize), Label>) -> Result<(), String> {
        for ((h, kind), stub) in stubs {
            let (host, name, desc) = if kind == 0 {
                (
                    STACK_OVERFLOW,
                    "recursion",
                    "(Ljava/lang/StackOverflowError;)Lrt/RecursionError;",
                )
            } else {
                (
                    OUT_OF_MEMORY,
                    "memory",
                    "(Ljava/lang/OutOfMemoryError;)Lrt/MemoryError;",
                )
            };
            self.code
                .bind_target(stub, vec![VType::Object(host.into())])?;
            self.invokestatic("rt/Rt", name, desc)?;
            self.code.goto(self.block_labels[h]);
            self.code.end_flow();
        }
        Ok(())
    }

    fn slot_list(&self) -> Vec<(u16, VType)> {
        let mut out = Vec::new();
        let mut s = 0u16;
        for t in &self.slots.locals {
            out.push((s, t.clone()));
            s += t.size();
        }
        out
    }
}

/// JVM descriptor of a primitive's operand or result.
fn sig_descriptor(sig: Sig) -> &'static str {
    match sig {
        Sig::Int => "J",
        Sig::Bool => "Z",
        Sig::Float => "D",
        Sig::Str => "Lrt/Str;",
        Sig::Bytes => BYTES,
        Sig::ListInt | Sig::ListStr | Sig::AnyList => "Lrt/List;",
        Sig::Elem | Sig::AnyRef => "Ljava/lang/Object;",
        Sig::Nothing => "V",
    }
}

/// Descriptor of the runtime method implementing a primitive.
fn prim_descriptor(p: Prim) -> String {
    let mut d = String::from("(");
    for s in p.params() {
        d.push_str(sig_descriptor(*s));
    }
    d.push(')');
    d.push_str(sig_descriptor(p.result()));
    d
}

/// How a primitive is implemented.
enum PrimImpl {
    /// One instruction, with its stack effect.
    Insn(u8, i32),
    /// A static runtime method (owner, name); the descriptor follows from
    /// the primitive's signature ([`prim_descriptor`]).
    Call(&'static str, &'static str),
}

/// Every primitive's implementation (no wildcard: a new `Prim` must be
/// added here).
fn prim_impl(p: Prim) -> PrimImpl {
    use PrimImpl::{Call, Insn};
    match p {
        Prim::Invert => Call("rt/Ops", "invert"),
        Prim::FAdd => Insn(op::DADD, -2),
        Prim::FSub => Insn(op::DSUB, -2),
        Prim::FMul => Insn(op::DMUL, -2),
        Prim::FDiv => Call("rt/Flt", "div"),
        Prim::FFloorDiv => Call("rt/Flt", "floordiv"),
        Prim::FMod => Call("rt/Flt", "mod"),
        Prim::FPow => Call("rt/Flt", "pow"),
        Prim::FLt => Call("rt/Flt", "lt"),
        Prim::FLe => Call("rt/Flt", "le"),
        Prim::FGt => Call("rt/Flt", "gt"),
        Prim::FGe => Call("rt/Flt", "ge"),
        Prim::FEq => Call("rt/Flt", "eq"),
        Prim::FNe => Call("rt/Flt", "ne"),
        Prim::FNeg => Insn(op::DNEG, 0),
        Prim::FSqrt => Call("rt/Libm", "sqrt"),
        Prim::FExp => Call("rt/Libm", "exp"),
        Prim::FExpm1 => Call("rt/Libm", "expm1"),
        Prim::FLog => Call("rt/Libm", "log"),
        Prim::FLog2 => Call("rt/Libm", "log2"),
        Prim::FLog10 => Call("rt/Libm", "log10"),
        Prim::FLog1p => Call("rt/Libm", "log1p"),
        Prim::FSin => Call("rt/Libm", "sin"),
        Prim::FCos => Call("rt/Libm", "cos"),
        Prim::FTan => Call("rt/Libm", "tan"),
        Prim::FAsin => Call("rt/Libm", "asin"),
        Prim::FAcos => Call("rt/Libm", "acos"),
        Prim::FAtan => Call("rt/Libm", "atan"),
        Prim::FAtan2 => Call("rt/Libm", "atan2"),
        Prim::FSinh => Call("rt/Libm", "sinh"),
        Prim::FCosh => Call("rt/Libm", "cosh"),
        Prim::FTanh => Call("rt/Libm", "tanh"),
        Prim::FAsinh => Call("rt/Libm", "asinh"),
        Prim::FAcosh => Call("rt/Libm", "acosh"),
        Prim::FAtanh => Call("rt/Libm", "atanh"),
        Prim::FCFmod => Call("rt/Libm", "cfmod"),
        Prim::FFloor => Call("rt/Libm", "floor"),
        Prim::FCeil => Call("rt/Libm", "ceil"),
        Prim::IntToFloat => Call("rt/Ops", "tofloat"),
        Prim::FloatToInt => Call("rt/Flt", "toint"),
        Prim::FloatBits => Call("rt/Ops", "bits"),
        Prim::FloatFromBits => Call("rt/Ops", "frombits"),
        Prim::FloatFmtE => Call("rt/Flt", "fmtE"),
        Prim::FloatFmtF => Call("rt/Flt", "fmtF"),
        Prim::StrToFloat => Call("rt/Flt", "parse"),
        Prim::StrGet => Call(STR, "get"),
        Prim::StrCodeAt => Call(STR, "codeat"),
        Prim::StrSlice => Call(STR, "slice"),
        Prim::StrCmp => Call(STR, "cmp"),
        Prim::StrFromCp => Call(STR, "fromcp"),
        Prim::StrJoin => Call(STR, "join"),
        Prim::StrFind => Call(STR, "find"),
        Prim::StrHash => Call(STR, "hash"),
        Prim::StrEncodeUtf8 => Call(STR, "encodeUtf8"),
        Prim::BytesFromList => Call("rt/Bytes", "fromlist"),
        Prim::BytesLen => Call("rt/Bytes", "len"),
        Prim::BytesGet => Call("rt/Bytes", "get"),
        Prim::BytesSlice => Call("rt/Bytes", "slice"),
        Prim::BytesConcat => Call("rt/Bytes", "concat"),
        Prim::BytesEq => Call("rt/Bytes", "eq"),
        Prim::BytesDecodeUtf8 => Call(STR, "decodeUtf8"),
        Prim::ListSlice => Call(LIST, "slice"),
        Prim::ListInsert => Call(LIST, "insert"),
        Prim::ListTruncate => Call(LIST, "truncate"),
        Prim::ListDetach => Call(LIST, "detach"),
        Prim::ListDetached => Call(LIST, "detached"),
        Prim::IsNull => Call("rt/Ops", "isnull"),
        Prim::RefEq => Call("rt/Ops", "refeq"),
        Prim::IdHash => Call("rt/Ops", "idhash"),
        Prim::WriteOut => Call("rt/Rt", "writeOut"),
        Prim::WriteOutBytes => Call("rt/Rt", "writeOutBytes"),
        Prim::WriteErr => Call("rt/Rt", "writeErr"),
        Prim::FlushOut => Call("rt/Rt", "flush"),
        Prim::OsOpen => Call("rt/Os", "open"),
        Prim::OsRead => Call("rt/Os", "read"),
        Prim::OsWrite => Call("rt/Os", "write"),
        Prim::OsClose => Call("rt/Os", "close"),
        Prim::OsStat => Call("rt/Os", "stat"),
        Prim::OsUnlink => Call("rt/Os", "unlink"),
        Prim::OsGetcwd => Call("rt/Os", "getcwd"),
        Prim::OsListdir => Call("rt/Os", "listdir"),
        Prim::OsIsatty => Call("rt/Os", "isatty"),
        Prim::OsMkdir => Call("rt/Os", "mkdir"),
        Prim::OsRmdir => Call("rt/Os", "rmdir"),
        Prim::OsRename => Call("rt/Os", "rename"),
        Prim::OsGetpid => Call("rt/Os", "getpid"),
        Prim::TimeSleep => Call("rt/Os", "sleep"),
        Prim::TimeNow => Call("rt/Flt", "now"),
        Prim::PerfCounter => Call("rt/Flt", "perfCounter"),
        Prim::GetEnv => Call("rt/Os", "getenv"),
    }
}

fn ret_size(ret: Option<&Type>) -> Result<u16, String> {
    Ok(match ret {
        None => 0,
        Some(Type::Int | Type::Float) => 2,
        Some(_) => 1,
    })
}

/// Compile one function body into a static method.
fn function_method(
    m: &Module,
    f: &Function,
    cp: &mut ConstPool,
    name: &str,
) -> Result<MethodInfo, String> {
    function_method_inner(m, f, cp, name).map_err(|e| format!("fn {}: {e}", f.name))
}

fn function_method_inner(
    m: &Module,
    f: &Function,
    cp: &mut ConstPool,
    name: &str,
) -> Result<MethodInfo, String> {
    let slots = Slots::compute(m, f)?;
    let desc = method_descriptor(m, &f.params, f.ret.as_ref())?;
    for wide in [false, true] {
        let mut g = FnGen {
            m,
            f,
            cp,
            code: Code::new(slots.locals.clone(), wide),
            slots: &slots,
            block_labels: Vec::new(),
        };
        g.body()?;
        if let Some(code) = g.code.finish(g.cp)? {
            return Ok(MethodInfo {
                access: ACC_PUBLIC | ACC_STATIC,
                name: name.to_string(),
                desc,
                code,
            });
        }
    }
    Err(format!("function `{}` is too large for the JVM", f.name))
}

/// `<init>()V` chaining to the parent's.
fn constructor(cp: &mut ConstPool, this: &str, parent: &str) -> Result<MethodInfo, String> {
    let mut c = Code::new(vec![VType::Object(this.into())], false);
    c.local(op::ALOAD, 0, 1);
    let i = cp.method(parent, "<init>", "()V")?;
    c.insn_cp(op::INVOKESPECIAL, i, -1);
    c.insn(op::RETURN, 0);
    let code = c.finish(cp)?.ok_or("internal error: constructor")?;
    Ok(MethodInfo {
        access: ACC_PUBLIC,
        name: "<init>".into(),
        desc: "()V".into(),
        code,
    })
}

/// `<clinit>` of the globals class: its one instance, in the static field
/// [`GLOBALS_INSTANCE`] (the JVM initializes the class before the first
/// `getstatic`).
fn globals_clinit(cp: &mut ConstPool, this: &str) -> Result<MethodInfo, String> {
    let mut c = Code::new(vec![], false);
    let cls = cp.class(this)?;
    c.insn_cp(op::NEW, cls, 1);
    c.insn(op::DUP, 1);
    let init = cp.method(this, "<init>", "()V")?;
    c.insn_cp(op::INVOKESPECIAL, init, -1);
    let f = cp.field(this, GLOBALS_INSTANCE, &format!("L{this};"))?;
    c.insn_cp(op::PUTSTATIC, f, -1);
    c.insn(op::RETURN, 0);
    let code = c.finish(cp)?.ok_or("internal error: globals initializer")?;
    Ok(MethodInfo {
        access: ACC_STATIC,
        name: "<clinit>".into(),
        desc: "()V".into(),
        code,
    })
}

/// Instance method `v$m` forwarding to the static body `C.m`.
fn forwarder(
    m: &Module,
    cp: &mut ConstPool,
    class: &str,
    method: &str,
) -> Result<MethodInfo, String> {
    let body = format!("{class}.{method}");
    let g = m
        .function(&body)
        .ok_or_else(|| format!("method `{method}` of `{class}` has no body `{body}`"))?;
    let this = class_name(m, class)?;
    if g.params.first() != Some(&Type::Class(class.to_string())) {
        return Err(format!("method body `{body}` must take `{class}` first"));
    }
    let mut locals = vec![VType::Object(this.clone())];
    for p in &g.params[1..] {
        locals.push(vtype(m, p)?);
    }
    let mut c = Code::new(locals.clone(), false);
    let mut slot = 0u16;
    for t in &locals {
        c.local(load_op(t), slot, i32::from(t.size()));
        slot += t.size();
    }
    let full = method_descriptor(m, &g.params, g.ret.as_ref())?;
    let i = cp.method(&this, &mangle(method), &full)?;
    c.invoke(op::INVOKESTATIC, i, &full, false)?;
    match g.ret.as_ref().map(|t| vtype(m, t)).transpose()? {
        None => c.insn(op::RETURN, 0),
        Some(VType::Int) => c.insn(op::IRETURN, -1),
        Some(VType::Long) => c.insn(op::LRETURN, -2),
        Some(VType::Double) => c.insn(op::DRETURN, -2),
        Some(VType::Object(_)) => c.insn(op::ARETURN, -1),
    }
    let code = c.finish(cp)?.ok_or("internal error: forwarder")?;
    Ok(MethodInfo {
        access: ACC_PUBLIC,
        name: virtual_name(method),
        desc: method_descriptor(m, &g.params[1..], g.ret.as_ref())?,
        code,
    })
}

/// `public static void main(String[])`: `rt.Rt.boot` runs the program's
/// `main` (found by reflection) on a thread with a large stack and exits.
fn entry_point(cp: &mut ConstPool) -> Result<MethodInfo, String> {
    let args = "[Ljava/lang/String;";
    let mut c = Code::new(vec![VType::Object(args.into())], false);
    c.local(op::ALOAD, 0, 1);
    let desc = "([Ljava/lang/String;)V";
    let boot = cp.method("rt/Rt", "boot", desc)?;
    c.invoke(op::INVOKESTATIC, boot, desc, false)?;
    c.insn(op::RETURN, 0);
    let code = c.finish(cp)?.ok_or("internal error: entry point")?;
    Ok(MethodInfo {
        access: ACC_PUBLIC | ACC_STATIC,
        name: "main".into(),
        desc: format!("({args})V"),
        code,
    })
}

/// Every class of the program: user classes, then `prog/Main`.
pub fn emit_module(m: &Module) -> Result<Vec<(String, Vec<u8>)>, String> {
    let main = m
        .function("main")
        .ok_or("the program has no function `main`")?;
    if main.params != [Type::List(Box::new(Type::Str))] || main.ret != Some(Type::Int) {
        return Err("`main` must take list[str] and return int".into());
    }
    let mut out = Vec::new();
    for k in m.classes.iter().filter(|k| !k.builtin) {
        let this = class_name(m, &k.name)?;
        let parent = match &k.parent {
            Some(p) => class_name(m, p)?,
            None => "java/lang/Object".to_string(),
        };
        let mut cp = ConstPool::new();
        let mut fields = Vec::new();
        for fl in &k.fields {
            check_name("field", &fl.name)?;
            fields.push(FieldInfo {
                access: ACC_PUBLIC,
                name: fl.name.clone(),
                desc: descriptor(m, &fl.ty)?,
            });
        }
        let mut methods = vec![constructor(&mut cp, &this, &parent)?];
        if k.name == ir::GLOBALS_CLASS {
            if k.fields.iter().any(|f| f.name == GLOBALS_INSTANCE) {
                return Err(format!(
                    "the globals class cannot have a field `{GLOBALS_INSTANCE}`"
                ));
            }
            fields.push(FieldInfo {
                access: ACC_PUBLIC | ACC_STATIC | ACC_FINAL,
                name: GLOBALS_INSTANCE.into(),
                desc: format!("L{this};"),
            });
            methods.push(globals_clinit(&mut cp, &this)?);
        }
        for f in &m.functions {
            if f.method_class() == Some(k.name.as_str()) {
                let (_, name) = function_owner(m, &f.name)?;
                methods.push(function_method(m, f, &mut cp, &name)?);
            }
        }
        for meth in &k.methods {
            check_name("method", meth)?;
            methods.push(forwarder(m, &mut cp, &k.name, meth)?);
        }
        let bytes = write_class(
            &mut cp,
            ACC_PUBLIC | ACC_SUPER,
            &this,
            &parent,
            &fields,
            &methods,
        )
        .map_err(|e| format!("class `{}`: {e}", k.name))?;
        out.push((this, bytes));
    }
    let mut cp = ConstPool::new();
    let mut methods = Vec::new();
    for f in &m.functions {
        match f.method_class() {
            None => {
                let (_, name) = function_owner(m, &f.name)?;
                methods.push(function_method(m, f, &mut cp, &name)?);
            }
            Some(c) => {
                // Bodies of methods are emitted with their class.
                function_owner(m, &f.name)?;
                if m.class(c).is_none() {
                    return Err(format!(
                        "function `{}` belongs to unknown class `{c}`",
                        f.name
                    ));
                }
            }
        }
    }
    methods.push(entry_point(&mut cp)?);
    let bytes = write_class(
        &mut cp,
        ACC_PUBLIC | ACC_FINAL | ACC_SUPER,
        MAIN_CLASS,
        "java/lang/Object",
        &[],
        &methods,
    )?;
    out.push((MAIN_CLASS.to_string(), bytes));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every primitive has an implementation; runtime methods have
    /// well-formed descriptors (the classfiles test checks they exist).
    #[test]
    fn every_prim_is_implemented() {
        for &p in Prim::ALL {
            match prim_impl(p) {
                PrimImpl::Insn(..) => {}
                PrimImpl::Call(owner, name) => {
                    assert!(owner.starts_with("rt/") && !name.is_empty(), "{p:?}");
                    let d = prim_descriptor(p);
                    assert!(crate::classfile::descriptor_sizes(&d).is_ok(), "{p:?} {d}");
                }
            }
        }
    }

    #[test]
    fn mangling_keeps_forwarders_apart() {
        assert_eq!(mangle("main$lambda$1"), "main$$lambda$$1");
        assert_eq!(virtual_name("m"), "v$m");
        assert_ne!(virtual_name("m"), mangle("v$m"));
    }
}
