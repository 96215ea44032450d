//! IR → C: one C function per IR function, one C local per SSA value,
//! blocks as labels, block parameters as assignments before `goto`.
//!
//! Exceptions: a failing operation leaves the exception in `rpy_exc`; after
//! every operation that can raise, `if (rpy_exc) goto E<h>` (the block's
//! handler `h`: its parameter receives the exception and the global is
//! cleared) or `goto U` (pop the frame and return to the caller, which
//! checks `rpy_exc` in turn).
//!
//! GC roots: every reference that must survive an allocation lives in a
//! slot of the function's shadow-stack frame (see [`crate::roots`]).

use crate::mangle;
use crate::roots;
use ir::{BinOp, Block, Function, Module, Op, Prim, Target, Terminator, Type, Value};
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

/// C type of an IR type.
pub fn ctype(t: &Type) -> &'static str {
    match t {
        Type::Int => "int64_t",
        Type::Bool => "bool",
        Type::Float => "double",
        Type::Str => "rpy_str *",
        Type::Bytes => "rpy_bytes *",
        Type::List(_) => "rpy_list *",
        Type::Class(_) => "rpy_obj *",
    }
}

fn zero(t: &Type) -> &'static str {
    match t {
        Type::Int => "0",
        Type::Bool => "false",
        Type::Float => "0.0",
        _ => "NULL",
    }
}

/// Read a value of type `t` out of an `rpy_slot` expression.
fn from_slot(slot: &str, t: &Type) -> String {
    match t {
        Type::Int => format!("{slot}.i"),
        Type::Bool => format!("({slot}.i != 0)"),
        Type::Float => format!("{slot}.f"),
        _ => format!("{slot}.p"),
    }
}

/// Wrap a value of type `t` into an `rpy_slot`.
fn to_slot(v: &str, t: &Type) -> String {
    match t {
        Type::Int | Type::Bool => format!("rpy_slot_i({v})"),
        Type::Float => format!("rpy_slot_f({v})"),
        _ => format!("rpy_slot_p({v})"),
    }
}

fn int_literal(i: i64) -> String {
    if i == i64::MIN {
        "INT64_MIN".into()
    } else {
        format!("INT64_C({i})")
    }
}

/// Names of the builtin classes as the runtime defines them.
fn builtin_desc(name: &str) -> String {
    format!("rpy_cls_{name}")
}

struct ModCtx<'a> {
    m: &'a Module,
    /// String literal → C expression (address of the static string).
    strings: HashMap<String, String>,
    /// Bytes literal → C expression (address of the static bytes object).
    bytes: HashMap<Vec<u8>, String>,
    decls: String,
}

impl ModCtx<'_> {
    fn class_desc(&self, name: &str) -> Result<String, String> {
        match self.m.class(name) {
            Some(c) if c.builtin => Ok(builtin_desc(name)),
            Some(_) => Ok(mangle::class(name)),
            None => Err(format!("unknown class `{name}`")),
        }
    }

    fn bytes(&mut self, b: &[u8]) -> String {
        if let Some(e) = self.bytes.get(b) {
            return e.clone();
        }
        let n = self.bytes.len();
        let _ = writeln!(
            self.decls,
            "static rpy_bytes B{n} = RPY_STATIC_BYTES({}, {});",
            b.len(),
            mangle::c_bytes_literal(b)
        );
        let e = format!("(&B{n})");
        self.bytes.insert(b.to_vec(), e.clone());
        e
    }

    fn string(&mut self, s: &str) -> String {
        if let Some(e) = self.strings.get(s) {
            return e.clone();
        }
        let n = self.strings.len();
        let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
        let max = cps.iter().copied().max().unwrap_or(0);
        let kind = if max < 0x100 {
            1
        } else if max < 0x10000 {
            2
        } else {
            4
        };
        let data = match kind {
            1 => {
                let bytes: Vec<u8> = cps.iter().map(|&c| c as u8).collect();
                mangle::c_bytes_literal(&bytes)
            }
            _ => {
                let ty = if kind == 2 { "uint16_t" } else { "uint32_t" };
                let items: Vec<String> = cps.iter().map(|c| format!("0x{c:x}")).collect();
                let _ = writeln!(
                    self.decls,
                    "static const {ty} SD{n}[{}] = {{{}}};",
                    cps.len(),
                    items.join(", ")
                );
                format!("SD{n}")
            }
        };
        let _ = writeln!(
            self.decls,
            "static rpy_str S{n} = RPY_STATIC_STR({}, {kind}, {data});",
            cps.len()
        );
        let e = format!("(&S{n})");
        self.strings.insert(s.to_string(), e.clone());
        e
    }
}

/// Check the builtin classes the module declares against the runtime's.
fn check_builtins(m: &Module) -> Result<(), String> {
    for c in m.classes.iter().filter(|c| c.builtin) {
        let Some((_, parent)) = ir::BUILTIN_EXCEPTIONS.iter().find(|(n, _)| *n == c.name) else {
            return Err(format!(
                "`{}` is not a builtin class of the C runtime",
                c.name
            ));
        };
        if c.parent.as_deref() != *parent {
            return Err(format!("builtin class `{}` has the wrong parent", c.name));
        }
        if c.fields != ir::builtin_fields(&c.name) || !c.methods.is_empty() {
            return Err(format!(
                "builtin class `{}` declares fields or methods the runtime does not have",
                c.name
            ));
        }
    }
    Ok(())
}

/// Emit the C translation unit of a module.
pub fn emit_module(m: &Module) -> Result<String, String> {
    if let Err(errs) = ir::verify::verify_module(m) {
        let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        return Err(format!("invalid IR:\n{}", msgs.join("\n")));
    }
    check_builtins(m)?;
    let main = m
        .function("main")
        .ok_or("the module has no `main` function")?;
    if main.params != [Type::List(Box::new(Type::Str))] || main.ret != Some(Type::Int) {
        return Err("`main` must take list[str] and return int".into());
    }
    let mut cx = ModCtx {
        m,
        strings: HashMap::new(),
        bytes: HashMap::new(),
        decls: String::new(),
    };
    let mut out = String::new();
    out.push_str("/* Generated by the backend-c crate from the interpreter IR. */\n");
    out.push_str("#include \"rpy_runtime.h\"\n\n");

    // Function prototypes.
    let mut protos = String::new();
    for f in &m.functions {
        let _ = writeln!(protos, "static {};", signature(f));
    }

    // Class descriptors, parents first.
    let mut classes = String::new();
    let mut done: BTreeSet<String> = BTreeSet::new();
    for c in &m.classes {
        if !c.builtin {
            emit_class_chain(&cx, &c.name, &mut done, &mut classes)?;
        }
    }

    // Function bodies.
    let mut bodies = String::new();
    for f in &m.functions {
        bodies.push_str(&emit_function(&mut cx, f)?);
        bodies.push('\n');
    }

    out.push_str(&cx.decls);
    out.push('\n');
    if m.class(ir::GLOBALS_CLASS).is_some() {
        out.push_str("static void *g_globals[1];\nstatic rpy_frame g_globals_frame;\n\n");
    }
    out.push_str(&protos);
    out.push('\n');
    out.push_str(&classes);
    out.push('\n');
    out.push_str(&bodies);
    if m.class(ir::GLOBALS_CLASS).is_some() {
        // The module state: allocated before `main` runs and rooted by a
        // frame at the bottom of the shadow stack for the whole run.
        let _ = writeln!(
            out,
            "int64_t rpy_program_main(rpy_list *argv) {{\n    \
             g_globals_frame.prev = rpy_top;\n    \
             g_globals_frame.n = 1;\n    \
             g_globals_frame.slots = g_globals;\n    \
             rpy_top = &g_globals_frame;\n    \
             int64_t ret = 0;\n    \
             g_globals[0] = rpy_new(&{});\n    \
             if (g_globals[0] != NULL) ret = {}(argv);\n    \
             rpy_top = g_globals_frame.prev;\n    \
             return ret;\n}}",
            mangle::class(ir::GLOBALS_CLASS),
            mangle::function("main")
        );
    } else {
        let _ = writeln!(
            out,
            "int64_t rpy_program_main(rpy_list *argv) {{ return {}(argv); }}",
            mangle::function("main")
        );
    }
    Ok(out)
}

fn signature(f: &Function) -> String {
    let ret = f.ret.as_ref().map_or("void", ctype);
    let params: Vec<String> = match f.blocks.first() {
        Some(b0) => b0
            .params
            .iter()
            .zip(&f.params)
            .map(|(v, t)| format!("{} {v}", ctype(t)))
            .collect(),
        None => f
            .params
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{} p{i}", ctype(t)))
            .collect(),
    };
    let params = if params.is_empty() {
        "void".to_string()
    } else {
        params.join(", ")
    };
    format!("{ret} {}({params})", mangle::function(&f.name))
}

fn emit_class_chain(
    cx: &ModCtx,
    name: &str,
    done: &mut BTreeSet<String>,
    out: &mut String,
) -> Result<(), String> {
    if done.contains(name) {
        return Ok(());
    }
    let m = cx.m;
    let c = m
        .class(name)
        .ok_or_else(|| format!("unknown class `{name}`"))?;
    if c.builtin {
        return Ok(());
    }
    done.insert(name.to_string());
    if let Some(p) = &c.parent {
        emit_class_chain(cx, p, done, out)?;
    }
    let fields = m.all_fields(name);
    let ptrs: Vec<String> = fields
        .iter()
        .enumerate()
        .filter(|(_, (_, f))| f.ty.is_ref())
        .map(|(i, _)| i.to_string())
        .collect();
    let pt = if ptrs.is_empty() {
        "NULL".to_string()
    } else {
        let _ = writeln!(
            out,
            "static const uint32_t {}[{}] = {{{}}};",
            mangle::ptr_slots(name),
            ptrs.len(),
            ptrs.join(", ")
        );
        mangle::ptr_slots(name)
    };
    let vt = m.vtable(name);
    let vtname = if vt.is_empty() {
        "NULL".to_string()
    } else {
        let entries: Vec<String> = vt
            .iter()
            .map(|(meth, owner)| {
                format!("(rpy_fn){}", mangle::function(&format!("{owner}.{meth}")))
            })
            .collect();
        let _ = writeln!(
            out,
            "static const rpy_fn {}[{}] = {{{}}};",
            mangle::vtable(name),
            vt.len(),
            entries.join(", ")
        );
        mangle::vtable(name)
    };
    let parent = match &c.parent {
        Some(p) => format!("&{}", cx.class_desc(p)?),
        None => "NULL".into(),
    };
    let _ = writeln!(
        out,
        "static const rpy_class {} = {{{}, {parent}, {}, {}, {pt}, {vtname}, {}, {}}};",
        mangle::class(name),
        mangle::c_string_literal(name),
        fields.len(),
        ptrs.len(),
        vt.len(),
        u8::from(m.is_exception_class(name)),
    );
    Ok(())
}

struct FnCtx<'a, 'b> {
    cx: &'b mut ModCtx<'a>,
    f: &'a Function,
    roots: roots::Roots,
    out: String,
    uses_unwind: bool,
    handlers: BTreeSet<u32>,
    ntemps: usize,
}

impl FnCtx<'_, '_> {
    fn ty(&self, v: Value) -> &Type {
        self.f.ty(v)
    }

    /// Statement storing `v` in its frame slot, if it has one.
    fn root(&self, v: Value) -> String {
        match self.roots.slot.get(v.0 as usize).copied().flatten() {
            Some(s) => format!(" gcR[{s}] = {v};"),
            None => String::new(),
        }
    }

    fn pop_frame(&self) -> &'static str {
        if self.roots.count > 0 {
            "rpy_top = gcF.prev; "
        } else {
            ""
        }
    }

    fn exc_target(&mut self, b: &Block) -> String {
        match b.catch {
            Some(h) => {
                self.handlers.insert(h.0);
                format!("E{}", h.0)
            }
            None => {
                self.uses_unwind = true;
                "U".into()
            }
        }
    }

    fn line(&mut self, s: &str) {
        self.out.push_str("    ");
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// Assignments of a jump's arguments to the target's parameters
    /// (a parallel copy), then the goto.
    fn jump(&mut self, t: &Target) -> String {
        let params = &self.f.block(t.block).params;
        let mut s = String::from("{");
        let pairs: Vec<(Value, Value)> = params
            .iter()
            .copied()
            .zip(t.args.iter().copied())
            .filter(|(p, a)| p != a)
            .collect();
        let clash = pairs.iter().any(|(_, a)| pairs.iter().any(|(p, _)| p == a));
        if clash {
            let mut temps = Vec::new();
            for (p, a) in &pairs {
                let tn = self.ntemps;
                self.ntemps += 1;
                let _ = write!(s, " {} t{tn} = {a};", ctype(self.ty(*p)));
                temps.push((*p, tn));
            }
            for (p, tn) in temps {
                let _ = write!(s, " {p} = t{tn};");
            }
        } else {
            for (p, a) in &pairs {
                let _ = write!(s, " {p} = {a};");
            }
        }
        for (p, _) in &pairs {
            s.push_str(&self.root(*p));
        }
        let _ = write!(s, " goto b{}; }}", t.block.0);
        s
    }
}

fn emit_function<'a>(cx: &mut ModCtx<'a>, f: &'a Function) -> Result<String, String> {
    let reach = roots::reachable(f);
    let roots = roots::assign(f, &reach);
    let mut fx = FnCtx {
        cx,
        f,
        roots,
        out: String::new(),
        uses_unwind: false,
        handlers: BTreeSet::new(),
        ntemps: 0,
    };
    let ret_zero = match &f.ret {
        Some(t) => format!("return {};", zero(t)),
        None => "return;".into(),
    };
    let Some(entry) = f.blocks.first() else {
        return Err(format!("function `{}` has no blocks", f.name));
    };
    // Targets of jumps (the blocks that need a label).
    let mut targeted = vec![false; f.blocks.len()];
    for (i, b) in f.blocks.iter().enumerate() {
        if reach[i] {
            // A handler needs a label only when something in the block can
            // raise (otherwise its code is dead and the label unused).
            let can_raise = matches!(b.term, Terminator::Raise(_))
                || b.insts.iter().any(|x| roots::raises(&x.op));
            let handler = b.catch.filter(|_| can_raise).map(|h| h.0);
            for t in b.term.targets().iter().map(|t| t.block.0).chain(handler) {
                if let Some(x) = targeted.get_mut(t as usize) {
                    *x = true;
                }
            }
        }
    }

    let _ = writeln!(fx.out, "static {} {{", signature(f));
    let n = fx.roots.count;
    if n > 0 {
        let _ = writeln!(fx.out, "    void *gcR[{n}] = {{0}};\n    rpy_frame gcF;");
    }
    // Locals for every value defined in a reachable block (except params).
    for (i, b) in f.blocks.iter().enumerate() {
        if !reach[i] {
            continue;
        }
        let defs = b
            .params
            .iter()
            .filter(|_| i != 0)
            .chain(b.insts.iter().filter_map(|x| x.result.as_ref()));
        for v in defs {
            let t = fx.ty(*v);
            let line = format!("{} {v} = {};", ctype(t), zero(t));
            fx.line(&line);
        }
    }
    // Values never read (silences -Wunused-but-set-variable).
    let mut used = vec![false; f.value_types.len()];
    for (i, b) in f.blocks.iter().enumerate() {
        if reach[i] {
            let ops = b.insts.iter().flat_map(|x| x.op.operands());
            for v in ops.chain(b.term.operands()) {
                if let Some(u) = used.get_mut(v.0 as usize) {
                    *u = true;
                }
            }
        }
    }
    for (i, b) in f.blocks.iter().enumerate() {
        if !reach[i] {
            continue;
        }
        let defs = b
            .params
            .iter()
            .filter(|_| i != 0)
            .chain(b.insts.iter().filter_map(|x| x.result.as_ref()));
        for v in defs {
            if !used.get(v.0 as usize).copied().unwrap_or(true) {
                fx.line(&format!("(void){v};"));
            }
        }
    }
    let line = format!(
        "if (RPY_UNLIKELY(RPY_SP() < rpy_stack_limit)) {{ rpy_raise_recursion(); {ret_zero} }}"
    );
    fx.line(&line);
    if n > 0 {
        fx.line(&format!(
            "gcF.prev = rpy_top; gcF.n = {n}; gcF.slots = gcR; rpy_top = &gcF;"
        ));
    }
    for p in &entry.params {
        let r = fx.root(*p);
        if !r.is_empty() {
            fx.line(r.trim());
        }
    }

    for (i, b) in f.blocks.iter().enumerate() {
        if !reach[i] {
            continue;
        }
        if targeted[i] {
            let _ = writeln!(fx.out, "b{i}:;");
        }
        for inst in &b.insts {
            emit_inst(&mut fx, b, inst)?;
        }
        emit_term(&mut fx, b);
    }
    let handlers: Vec<u32> = fx.handlers.iter().copied().collect();
    for h in handlers {
        let hb = f.block(ir::BlockId(h));
        let Some(&p) = hb.params.first() else {
            return Err(format!("handler b{h} in `{}` has no parameter", f.name));
        };
        let r = fx.root(p);
        let _ = writeln!(
            fx.out,
            "E{h}:\n    {p} = rpy_exc; rpy_exc = NULL;{r} goto b{h};"
        );
    }
    if fx.uses_unwind {
        let _ = writeln!(fx.out, "U:\n    {}{ret_zero}", fx.pop_frame());
    }
    fx.out.push_str("}\n");
    Ok(fx.out)
}

fn emit_inst(fx: &mut FnCtx, b: &Block, inst: &ir::Inst) -> Result<(), String> {
    let f = fx.f;
    let res = inst.result;
    let assign = |e: String| -> String {
        match res {
            Some(r) => format!("{r} = {e};"),
            None => format!("(void)({e});"),
        }
    };
    let mut check = false;
    let code: String = match &inst.op {
        Op::ConstInt(i) => assign(int_literal(*i)),
        Op::ConstBool(v) => assign(if *v { "true" } else { "false" }.into()),
        Op::ConstStr(s) => {
            let e = fx.cx.string(s);
            assign(e)
        }
        Op::Bin(op, a, c) => match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let bi = match op {
                    BinOp::Add => "add",
                    BinOp::Sub => "sub",
                    _ => "mul",
                };
                let target = fx.exc_target(b);
                let dst = match res {
                    Some(r) => format!("&{r}"),
                    None => {
                        let tn = fx.ntemps;
                        fx.ntemps += 1;
                        fx.line(&format!("int64_t t{tn};"));
                        format!("&t{tn}")
                    }
                };
                format!(
                    "if (RPY_UNLIKELY(__builtin_{bi}_overflow({a}, {c}, {dst}))) {{ rpy_raise_overflow(); goto {target}; }}"
                )
            }
            BinOp::FloorDiv => {
                check = true;
                assign(format!("rpy_floordiv({a}, {c})"))
            }
            BinOp::Mod => {
                check = true;
                assign(format!("rpy_mod({a}, {c})"))
            }
            // Same operand on both sides: the result is known (and C
            // compilers warn about self-comparisons).
            BinOp::Lt | BinOp::Gt | BinOp::Ne if a == c => assign("false".into()),
            BinOp::Le | BinOp::Ge | BinOp::Eq if a == c => assign("true".into()),
            BinOp::Lt => assign(format!("{a} < {c}")),
            BinOp::Le => assign(format!("{a} <= {c}")),
            BinOp::Gt => assign(format!("{a} > {c}")),
            BinOp::Ge => assign(format!("{a} >= {c}")),
            BinOp::Eq => assign(format!("{a} == {c}")),
            BinOp::Ne => assign(format!("{a} != {c}")),
            BinOp::Shl => {
                check = true;
                assign(format!("rpy_shl({a}, {c})"))
            }
            BinOp::Shr => {
                check = true;
                assign(format!("rpy_shr({a}, {c})"))
            }
            BinOp::And => assign(format!("{a} & {c}")),
            BinOp::Or => assign(format!("{a} | {c}")),
            BinOp::Xor => assign(format!("{a} ^ {c}")),
        },
        Op::Neg(a) => {
            let target = fx.exc_target(b);
            let set = match res {
                Some(r) => format!(" {r} = -{a};"),
                None => String::new(),
            };
            format!(
                "if (RPY_UNLIKELY({a} == INT64_MIN)) {{ rpy_raise_overflow(); goto {target}; }}{set}"
            )
        }
        Op::Not(a) => assign(format!("!{a}")),
        Op::BoolEq(a, c) if a == c => assign("true".into()),
        Op::BoolEq(a, c) => assign(format!("{a} == {c}")),
        Op::StrConcat(a, c) => {
            check = true;
            assign(format!("rpy_str_concat({a}, {c})"))
        }
        Op::StrEq(a, c) => assign(format!("rpy_str_eq({a}, {c})")),
        Op::StrLen(a) => assign(format!("rpy_str_len({a})")),
        Op::IntToStr(a) => {
            check = true;
            assign(format!("rpy_int_to_str({a})"))
        }
        Op::BoolToStr(a) => assign(format!("rpy_bool_to_str({a})")),
        Op::Call { func, args } => {
            check = true;
            let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
            let call = format!("{}({})", mangle::function(func), args.join(", "));
            match res {
                Some(r) => format!("{r} = {call};"),
                None => format!("{call};"),
            }
        }
        Op::CallVirtual {
            class,
            method,
            args,
        } => {
            check = true;
            let m = fx.cx.m;
            let slots = m.vtable(class);
            let k = slots
                .iter()
                .position(|(n, _)| n == method)
                .ok_or_else(|| format!("class `{class}` has no method `{method}`"))?;
            let owner = &slots[k].1;
            let body = m
                .function(&format!("{owner}.{method}"))
                .ok_or_else(|| format!("no body for `{owner}.{method}`"))?;
            let ptys: Vec<&str> = body.params.iter().map(ctype).collect();
            let ret = body.ret.as_ref().map_or("void", ctype);
            let recv = args.first().ok_or("virtual call without a receiver")?;
            let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
            let call = format!(
                "(({ret} (*)({}))rpy_vslot({recv}, {k}))({})",
                ptys.join(", "),
                args.join(", ")
            );
            match res {
                Some(r) => format!("{r} = {call};"),
                None => format!("{call};"),
            }
        }
        Op::New(c) => {
            check = true;
            let d = fx.cx.class_desc(c)?;
            assign(format!("rpy_new(&{d})"))
        }
        Op::GetField { class, field, obj } => {
            let (idx, ty) = field_slot(fx.cx.m, class, field)?;
            assign(from_slot(&format!("rpy_nn_obj({obj})->f[{idx}]"), &ty))
        }
        Op::SetField {
            class,
            field,
            obj,
            value,
        } => {
            let (idx, ty) = field_slot(fx.cx.m, class, field)?;
            let v = to_slot(&value.to_string(), &ty);
            if ty.is_ref() {
                // The generational collector's write barrier (runtime).
                format!("rpy_wb(rpy_nn_obj({obj})); {obj}->f[{idx}] = {v};")
            } else {
                format!("rpy_nn_obj({obj})->f[{idx}] = {v};")
            }
        }
        Op::ListNew { elem, items } => {
            let target = fx.exc_target(b);
            let r = match res {
                Some(r) => r.to_string(),
                None => {
                    let tn = fx.ntemps;
                    fx.ntemps += 1;
                    fx.line(&format!("rpy_list *t{tn};"));
                    format!("t{tn}")
                }
            };
            let mut s = format!(
                "{r} = rpy_list_new({}, {});",
                if elem.is_ref() { "true" } else { "false" },
                items.len()
            );
            if let Some(v) = res {
                s.push_str(&fx.root(v));
            }
            let _ = write!(s, " if (RPY_UNLIKELY(rpy_exc != NULL)) goto {target};");
            for (i, it) in items.iter().enumerate() {
                let _ = write!(s, " {r}->items[{i}] = {};", to_slot(&it.to_string(), elem));
            }
            fx.line(&s);
            return Ok(());
        }
        Op::ListGet(l, i) => {
            check = true;
            assign(from_slot(
                &format!("rpy_list_get({l}, {i})"),
                &elem_of(f, *l)?,
            ))
        }
        Op::ListSet(l, i, x) => {
            check = true;
            let t = elem_of(f, *l)?;
            format!("rpy_list_set({l}, {i}, {});", to_slot(&x.to_string(), &t))
        }
        Op::ListLen(l) => assign(format!("rpy_list_len({l})")),
        Op::ListAppend(l, x) => {
            check = true;
            let t = elem_of(f, *l)?;
            format!("rpy_list_append({l}, {});", to_slot(&x.to_string(), &t))
        }
        Op::ListPop(l) => {
            check = true;
            assign(from_slot(&format!("rpy_list_pop({l})"), &elem_of(f, *l)?))
        }
        Op::ListPopAt(l, i) => {
            check = true;
            assign(from_slot(
                &format!("rpy_list_pop_at({l}, {i})"),
                &elem_of(f, *l)?,
            ))
        }
        Op::ListExtend(l, x) => {
            check = true;
            format!("rpy_list_extend({l}, {x});")
        }
        Op::InstanceOf { class, value } => {
            let d = fx.cx.class_desc(class)?;
            assign(format!("rpy_instanceof({value}, &{d})"))
        }
        Op::Cast { value, .. } => assign(value.to_string()),
        Op::Print(s) => match res {
            Some(r) => format!("{r} = rpy_print({s});"),
            None => format!("rpy_print({s});"),
        },
        Op::ConstFloat(bits) => assign(format!("rpy_f64(UINT64_C(0x{bits:016x}))")),
        Op::ConstBytes(bytes) => {
            let e = fx.cx.bytes(bytes);
            assign(e)
        }
        Op::ConstNull(_) => assign("NULL".into()),
        Op::Globals => assign("((rpy_obj *)g_globals[0])".into()),
        Op::Prim(p, args) => {
            check = roots::raises(&inst.op);
            let e = prim_expr(f, *p, args)?;
            match (res, p.result()) {
                (Some(r), _) => format!("{r} = {e};"),
                (None, ir::Sig::Nothing) => format!("{e};"),
                (None, _) => format!("(void)({e});"),
            }
        }
    };
    let mut line = code;
    if let Some(r) = res {
        line.push_str(&fx.root(r));
    }
    if check {
        let target = fx.exc_target(b);
        let _ = write!(line, " if (RPY_UNLIKELY(rpy_exc != NULL)) goto {target};");
    }
    fx.line(&line);
    Ok(())
}

/// The C expression computing a primitive (see the runtime header).
fn prim_expr(f: &Function, p: Prim, args: &[Value]) -> Result<String, String> {
    if args.len() != p.params().len() {
        return Err(format!(
            "{} takes {} operands",
            p.mnemonic(),
            p.params().len()
        ));
    }
    let a = |i: usize| args[i].to_string();
    let call = |name: &str| {
        let list: Vec<String> = args.iter().map(|v| v.to_string()).collect();
        format!("{name}({})", list.join(", "))
    };
    Ok(match p {
        Prim::Invert => format!("~{}", a(0)),
        Prim::FAdd => format!("{} + {}", a(0), a(1)),
        Prim::FSub => format!("{} - {}", a(0), a(1)),
        Prim::FMul => format!("{} * {}", a(0), a(1)),
        Prim::FDiv => call("rpy_fdiv"),
        Prim::FFloorDiv => call("rpy_ffloordiv"),
        Prim::FMod => call("rpy_fmod_py"),
        Prim::FPow => call("rpy_fpow"),
        Prim::FLt => call("rpy_flt"),
        Prim::FLe => call("rpy_fle"),
        Prim::FGt => call("rpy_fgt"),
        Prim::FGe => call("rpy_fge"),
        Prim::FEq => call("rpy_feq"),
        Prim::FNe => call("rpy_fne"),
        Prim::FNeg => format!("-{}", a(0)),
        Prim::FSqrt => call("rpy_fsqrt"),
        Prim::FExp => call("rpy_fexp"),
        Prim::FExpm1 => call("rpy_fexpm1"),
        Prim::FLog => call("rpy_flog"),
        Prim::FLog2 => call("rpy_flog2"),
        Prim::FLog10 => call("rpy_flog10"),
        Prim::FLog1p => call("rpy_flog1p"),
        Prim::FSin => call("rpy_fsin"),
        Prim::FCos => call("rpy_fcos"),
        Prim::FTan => call("rpy_ftan"),
        Prim::FAsin => call("rpy_fasin"),
        Prim::FAcos => call("rpy_facos"),
        Prim::FAtan => call("rpy_fatan"),
        Prim::FAtan2 => call("rpy_fatan2"),
        Prim::FSinh => call("rpy_fsinh"),
        Prim::FCosh => call("rpy_fcosh"),
        Prim::FTanh => call("rpy_ftanh"),
        Prim::FAsinh => call("rpy_fasinh"),
        Prim::FAcosh => call("rpy_facosh"),
        Prim::FAtanh => call("rpy_fatanh"),
        Prim::FCFmod => call("rpy_fcfmod"),
        Prim::FFloor => call("rpy_ffloor"),
        Prim::FCeil => call("rpy_fceil"),
        Prim::IntToFloat => format!("(double){}", a(0)),
        Prim::FloatToInt => call("rpy_float_to_int"),
        Prim::FloatBits => call("rpy_float_bits"),
        Prim::FloatFromBits => format!("rpy_f64((uint64_t){})", a(0)),
        Prim::FloatFmtE => format!("rpy_float_fmt({}, {}, 'e')", a(0), a(1)),
        Prim::FloatFmtF => format!("rpy_float_fmt({}, {}, 'f')", a(0), a(1)),
        Prim::StrToFloat => call("rpy_str_to_float"),
        Prim::StrGet => call("rpy_str_get"),
        Prim::StrCodeAt => call("rpy_str_codeat"),
        Prim::StrSlice => call("rpy_str_slice"),
        Prim::StrCmp => call("rpy_str_cmp"),
        Prim::StrFromCp => call("rpy_str_fromcp"),
        Prim::StrJoin => call("rpy_str_join"),
        Prim::StrFind => call("rpy_str_find"),
        Prim::StrHash => call("rpy_str_hash"),
        Prim::StrEncodeUtf8 => call("rpy_str_encode_utf8"),
        Prim::BytesFromList => call("rpy_bytes_fromlist"),
        Prim::BytesLen => call("rpy_bytes_len"),
        Prim::BytesGet => call("rpy_bytes_get"),
        Prim::BytesSlice => call("rpy_bytes_slice"),
        Prim::BytesConcat => call("rpy_bytes_concat"),
        Prim::BytesEq => call("rpy_bytes_eq"),
        Prim::BytesDecodeUtf8 => call("rpy_bytes_decode_utf8"),
        Prim::ListSlice => call("rpy_list_slice"),
        Prim::ListInsert => {
            let t = elem_of(f, args[0])?;
            format!(
                "rpy_list_insert({}, {}, {})",
                a(0),
                a(1),
                to_slot(&a(2), &t)
            )
        }
        Prim::ListTruncate => call("rpy_list_truncate"),
        Prim::ListDetach => call("rpy_list_detach"),
        Prim::ListDetached => call("rpy_list_detached"),
        Prim::IsNull => format!("({} == NULL)", a(0)),
        Prim::RefEq if args[0] == args[1] => "true".into(),
        Prim::RefEq => format!("((const void *){} == (const void *){})", a(0), a(1)),
        Prim::IdHash => format!("rpy_idhash((void *){})", a(0)),
        Prim::WriteOut => call("rpy_write_out"),
        Prim::WriteOutBytes => call("rpy_write_out_bytes"),
        Prim::WriteErr => call("rpy_write_err"),
        Prim::FlushOut => "rpy_flush_out()".into(),
        Prim::OsOpen => call("rpy_os_open"),
        Prim::OsRead => call("rpy_os_read"),
        Prim::OsWrite => call("rpy_os_write"),
        Prim::OsClose => call("rpy_os_close"),
        Prim::OsStat => call("rpy_os_stat"),
        Prim::OsUnlink => call("rpy_os_unlink"),
        Prim::OsGetcwd => "rpy_os_getcwd()".into(),
        Prim::OsListdir => call("rpy_os_listdir"),
        Prim::OsIsatty => call("rpy_os_isatty"),
        Prim::OsMkdir => call("rpy_os_mkdir"),
        Prim::OsRmdir => call("rpy_os_rmdir"),
        Prim::OsRename => call("rpy_os_rename"),
        Prim::OsGetpid => "rpy_os_getpid()".into(),
        Prim::TimeSleep => call("rpy_time_sleep"),
        Prim::TimeNow => "rpy_time_now()".into(),
        Prim::PerfCounter => "rpy_perf_counter()".into(),
        Prim::GetEnv => call("rpy_getenv"),
    })
}

fn elem_of(f: &Function, l: Value) -> Result<Type, String> {
    match f.ty(l) {
        Type::List(e) => Ok((**e).clone()),
        other => Err(format!("{l} is {other}, not a list")),
    }
}

/// Slot index and type of a field (inherited fields come first).
fn field_slot(m: &Module, class: &str, field: &str) -> Result<(usize, Type), String> {
    m.all_fields(class)
        .into_iter()
        .enumerate()
        .find(|(_, (_, f))| f.name == field)
        .map(|(i, (_, f))| (i, f.ty))
        .ok_or_else(|| format!("class `{class}` has no field `{field}`"))
}

fn emit_term(fx: &mut FnCtx, b: &Block) {
    match &b.term {
        Terminator::Jump(t) => {
            let s = fx.jump(t);
            fx.line(&s);
        }
        Terminator::Branch { cond, then, else_ } => {
            let a = fx.jump(then);
            let c = fx.jump(else_);
            fx.line(&format!("if ({cond}) {a} else {c}"));
        }
        Terminator::Return(v) => {
            let pop = fx.pop_frame();
            match v {
                Some(v) => fx.line(&format!("{pop}return {v};")),
                None => fx.line(&format!("{pop}return;")),
            }
        }
        Terminator::Raise(v) => {
            let target = fx.exc_target(b);
            fx.line(&format!("rpy_exc = rpy_nn_obj({v}); goto {target};"));
        }
        Terminator::Unreachable => fx.line("rpy_unreachable();"),
    }
}
