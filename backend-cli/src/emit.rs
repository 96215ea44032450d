//! IR -> .NET metadata and IL, as a dotnetdll `Resolution`.
//!
//! Shape of the assembly:
//! - user class `C` -> `Py.C` (namespace `Py`: cannot collide with the
//!   runtime's `Rt` or with our own `PyProgram`), deriving from
//!   `System.Object`, a runtime exception class (`Rt.*`) or another `Py.*`;
//!   a public default constructor calls the parent's;
//! - every IR method body `C.m` -> static method `m` on `Py.C` taking the
//!   receiver first (called directly by `call`); every virtual method `m`
//!   of `C` -> an instance virtual method `m` on `Py.C` that forwards to
//!   the static body (overrides reuse the slot, same signature);
//! - every other function `f` -> static method `f` on `PyProgram.Functions`;
//! - `PyProgram.Entry::Main(string[])`: the entry point.
//!
//! Values: int -> int64, bool -> bool, str -> System.String (code-point
//! helpers in the runtime), list[int] -> Rt.IntList, list[bool] ->
//! Rt.BoolList, other lists -> Rt.ObjList (reads are cast back).
//! Every SSA value lives in an argument or a local (`.locals init`).
//!
//! Every TypeRef, MemberRef and AssemblyRef goes through a cache here:
//! dotnetdll writes one row per push.

use crate::code::{Clause, Code, Label};
use dotnetdll::prelude::*;
use ir::{BinOp, Function, Op, Prim, Sig, Terminator, Type};
use std::borrow::Cow;
use std::collections::HashMap;

const USER_NS: &str = "Py";
const PROGRAM_NS: &str = "PyProgram";
const RT_NS: &str = "Rt";
/// Static field of the globals class holding its one instance.
const GLOBALS_INSTANCE: &str = "$instance";
const MSCORLIB_TOKEN: [u8; 8] = [0xb7, 0x7a, 0x5c, 0x56, 0x19, 0x34, 0xe0, 0x89];

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Scope {
    Corlib,
    Runtime,
}

struct UserClass {
    ty: TypeIndex,
    fields: HashMap<String, FieldIndex>,
    ctor: Option<MethodIndex>,
}

#[derive(Clone, Copy)]
enum Loc {
    Unset,
    Arg(u16),
    Local(u16),
}

/// Which list class holds elements of a type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Int,
    Bool,
    Float,
    Obj,
}

impl ListKind {
    fn of(elem: &Type) -> ListKind {
        match elem {
            Type::Int => ListKind::Int,
            Type::Bool => ListKind::Bool,
            Type::Float => ListKind::Float,
            _ => ListKind::Obj,
        }
    }
    fn class(self) -> &'static str {
        match self {
            ListKind::Int => "IntList",
            ListKind::Bool => "BoolList",
            ListKind::Float => "FloatList",
            ListKind::Obj => "ObjList",
        }
    }
}

pub struct Emitter<'m> {
    m: &'m ir::Module,
    pub res: Resolution<'static>,
    mscorlib: AssemblyRefIndex,
    runtime: AssemblyRefIndex,
    type_refs: HashMap<(Scope, String, String), TypeRefIndex>,
    method_refs: HashMap<(Scope, String, String, usize, bool), MethodRefIndex>,
    field_refs: HashMap<(String, String), FieldRefIndex>,
    classes: HashMap<String, UserClass>,
    funcs: HashMap<String, MethodIndex>,
    virtuals: HashMap<(String, String), MethodIndex>,
    /// `PyProgram.Consts`: one static field per distinct str/bytes
    /// constant, set by the entry point before `main` runs.
    consts_ty: Option<TypeIndex>,
    str_consts: HashMap<String, FieldIndex>,
    bytes_consts: HashMap<Vec<u8>, FieldIndex>,
    const_order: Vec<(Const, FieldIndex)>,
    /// The static field `$instance` of the globals class
    /// (`ir::GLOBALS_CLASS`), set by the entry point before `main` runs.
    globals_instance: Option<FieldIndex>,
}

enum Const {
    Str(String),
    Bytes(Vec<u8>),
}

fn is_builtin_name(name: &str) -> bool {
    ir::BUILTIN_EXCEPTIONS.iter().any(|(n, _)| *n == name)
}

fn param(t: MethodType) -> Parameter<MethodType> {
    Parameter::value(t)
}

fn ret_type(t: Option<MethodType>) -> ReturnType<MethodType> {
    match t {
        Some(t) => ReturnType::value(t),
        None => ReturnType::VOID,
    }
}

impl<'m> Emitter<'m> {
    pub fn new(m: &'m ir::Module, assembly_name: &str) -> Emitter<'m> {
        let mut res = Resolution::new(dotnetdll::prelude::Module::new(format!(
            "{assembly_name}.exe"
        )));
        res.assembly = Some(Assembly::new(assembly_name.to_string()));
        let mut corlib = ExternalAssemblyReference::new("mscorlib");
        corlib.version = Version {
            major: 4,
            minor: 0,
            build: 0,
            revision: 0,
        };
        corlib.public_key_or_token = Some(Cow::Borrowed(&MSCORLIB_TOKEN[..]));
        let mscorlib = res.push_assembly_reference(corlib);
        let runtime = res.push_assembly_reference(ExternalAssemblyReference::new("pypy-rt"));
        Emitter {
            m,
            res,
            mscorlib,
            runtime,
            type_refs: HashMap::new(),
            method_refs: HashMap::new(),
            field_refs: HashMap::new(),
            classes: HashMap::new(),
            funcs: HashMap::new(),
            virtuals: HashMap::new(),
            consts_ty: None,
            str_consts: HashMap::new(),
            bytes_consts: HashMap::new(),
            const_order: Vec::new(),
            globals_instance: None,
        }
    }

    // ----- interned references -------------------------------------------

    fn type_ref(&mut self, scope: Scope, ns: &str, name: &str) -> TypeRefIndex {
        let key = (scope, ns.to_string(), name.to_string());
        if let Some(&t) = self.type_refs.get(&key) {
            return t;
        }
        let asm = match scope {
            Scope::Corlib => self.mscorlib,
            Scope::Runtime => self.runtime,
        };
        let t = self.res.push_type_reference(ExternalTypeReference::new(
            Some(Cow::Owned(ns.to_string())),
            name.to_string(),
            ResolutionScope::Assembly(asm),
        ));
        self.type_refs.insert(key, t);
        t
    }

    fn ref_type(&mut self, scope: Scope, ns: &str, name: &str) -> MethodType {
        let t = self.type_ref(scope, ns, name);
        BaseType::class(TypeSource::User(UserType::Reference(t))).into()
    }

    fn rt_type(&mut self, name: &str) -> MethodType {
        self.ref_type(Scope::Runtime, RT_NS, name)
    }

    /// A method of a referenced type; runtime helpers have unique names per
    /// class and arity, which (with `instance`) is the cache key.
    #[allow(clippy::too_many_arguments)]
    fn method_ref(
        &mut self,
        scope: Scope,
        ns: &str,
        class: &str,
        name: &str,
        instance: bool,
        params: Vec<MethodType>,
        ret: Option<MethodType>,
    ) -> MethodRefIndex {
        let key = (
            scope,
            format!("{ns}.{class}"),
            name.to_string(),
            params.len(),
            instance,
        );
        if let Some(&r) = self.method_refs.get(&key) {
            return r;
        }
        let parent = self.ref_type(scope, ns, class);
        let sig = MethodSignature::new(
            instance,
            ret_type(ret),
            params.into_iter().map(param).collect(),
        );
        let r = self.res.push_method_reference(ExternalMethodReference::new(
            MethodReferenceParent::Type(parent),
            name.to_string(),
            sig,
        ));
        self.method_refs.insert(key, r);
        r
    }

    fn rt_static(
        &mut self,
        class: &str,
        name: &str,
        params: Vec<MethodType>,
        ret: Option<MethodType>,
    ) -> MethodRefIndex {
        self.method_ref(Scope::Runtime, RT_NS, class, name, false, params, ret)
    }

    fn rt_instance(
        &mut self,
        class: &str,
        name: &str,
        params: Vec<MethodType>,
        ret: Option<MethodType>,
    ) -> MethodRefIndex {
        self.method_ref(Scope::Runtime, RT_NS, class, name, true, params, ret)
    }

    /// A field of a runtime class (builtin exception fields, the call
    /// depth counter).
    fn rt_field(&mut self, class: &str, field: &str, ty: MemberType) -> FieldRefIndex {
        let key = (class.to_string(), field.to_string());
        if let Some(&f) = self.field_refs.get(&key) {
            return f;
        }
        let parent = self.rt_type(class);
        let f = self.res.push_field_reference(ExternalFieldReference::new(
            FieldReferenceParent::Type(parent),
            ty,
            Cow::Owned(field.to_string()),
        ));
        self.field_refs.insert(key, f);
        f
    }

    fn depth_field(&mut self) -> FieldSource {
        FieldSource::Reference(self.rt_field("Ops", "depth", BaseType::Int32.into()))
    }

    // ----- constants ------------------------------------------------------

    fn consts_type(&mut self) -> TypeIndex {
        if let Some(t) = self.consts_ty {
            return t;
        }
        let mut td = TypeDefinition::new(Some(Cow::Borrowed(PROGRAM_NS)), "Consts");
        td.flags.accessibility = TypeAccessibility::Public;
        td.flags.abstract_type = true;
        td.flags.sealed = true;
        let o = self.type_ref(Scope::Corlib, "System", "Object");
        td.set_extends(TypeSource::User(UserType::Reference(o)));
        let t = self.res.push_type_definition(td);
        self.consts_ty = Some(t);
        t
    }

    fn const_field(&mut self, c: Const) -> FieldIndex {
        match &c {
            Const::Str(v) => {
                if let Some(&f) = self.str_consts.get(v) {
                    return f;
                }
            }
            Const::Bytes(v) => {
                if let Some(&f) = self.bytes_consts.get(v) {
                    return f;
                }
            }
        }
        let t = self.consts_type();
        let class = match c {
            Const::Str(_) => "Str",
            Const::Bytes(_) => "Bytes",
        };
        let r = self.type_ref(Scope::Runtime, RT_NS, class);
        let mt: MemberType = BaseType::class(TypeSource::User(UserType::Reference(r))).into();
        let name = format!("c{}", self.const_order.len());
        let f = self
            .res
            .push_field(t, Field::static_member(Accessibility::Public, name, mt));
        match &c {
            Const::Str(v) => {
                self.str_consts.insert(v.clone(), f);
            }
            Const::Bytes(v) => {
                self.bytes_consts.insert(v.clone(), f);
            }
        }
        self.const_order.push((c, f));
        f
    }

    /// `PyProgram.Consts::Init()`, which stores every constant into its
    /// static field (none when the program has no str/bytes constant).
    fn consts_init(&mut self) -> Result<Option<MethodIndex>, String> {
        let Some(t) = self.consts_ty else {
            return Ok(None);
        };
        let mut code = Code::new();
        self.init_consts(&mut code);
        code.op(Instruction::Return, 0, 0);
        code.end_flow();
        let body = finish_body(code, vec![])?;
        let sig = MethodSignature::new(false, ReturnType::VOID, vec![]);
        let mi = self.res.push_method(
            t,
            Method::new(Accessibility::Public, sig, "Init", Some(body)),
        );
        Ok(Some(mi))
    }

    /// Store every constant into its static field.
    fn init_consts(&mut self, code: &mut Code) {
        let str_ty = self.rt_type("Str");
        let bytes_ty = self.rt_type("Bytes");
        let order = std::mem::take(&mut self.const_order);
        for (c, f) in &order {
            let (units, lit): (Vec<u16>, MethodRefIndex) = match c {
                Const::Str(v) => (
                    v.encode_utf16().collect(),
                    self.rt_static(
                        "Str",
                        "Lit",
                        vec![BaseType::String.into()],
                        Some(str_ty.clone()),
                    ),
                ),
                Const::Bytes(v) => (
                    v.iter().map(|&b| u16::from(b)).collect(),
                    self.rt_static(
                        "Bytes",
                        "Lit",
                        vec![BaseType::String.into()],
                        Some(bytes_ty.clone()),
                    ),
                ),
            };
            code.op(Instruction::LoadString(units), 0, 1);
            code.op(Instruction::call(lit), 1, 1);
            code.op(
                Instruction::store_static_field(FieldSource::Definition(*f)),
                1,
                0,
            );
        }
        self.const_order = order;
    }

    // ----- types ----------------------------------------------------------

    fn is_user_class(&self, name: &str) -> bool {
        self.m.class(name).is_some_and(|c| !c.builtin)
    }

    fn class_source(&mut self, name: &str) -> Result<UserType, String> {
        if let Some(c) = self.classes.get(name) {
            return Ok(UserType::Definition(c.ty));
        }
        if self.is_user_class(name) {
            return Err(format!("internal error: class `{name}` not yet defined"));
        }
        if is_builtin_name(name) {
            return Ok(UserType::Reference(self.type_ref(
                Scope::Runtime,
                RT_NS,
                name,
            )));
        }
        Err(format!(
            "unknown class `{name}` (not a builtin of the CLI runtime)"
        ))
    }

    fn class_type(&mut self, name: &str) -> Result<MethodType, String> {
        Ok(BaseType::class(TypeSource::User(self.class_source(name)?)).into())
    }

    fn ty(&mut self, t: &Type) -> Result<MethodType, String> {
        Ok(match t {
            Type::Int => BaseType::Int64.into(),
            Type::Bool => BaseType::Boolean.into(),
            Type::Float => BaseType::Float64.into(),
            Type::Str => self.rt_type("Str"),
            Type::Bytes => self.rt_type("Bytes"),
            Type::List(e) => {
                let k = ListKind::of(e);
                self.rt_type(k.class())
            }
            Type::Class(c) => self.class_type(c)?,
        })
    }

    fn member_ty(&mut self, t: &Type) -> Result<MemberType, String> {
        let rt = |e: &mut Self, name: &str| -> MemberType {
            let r = e.type_ref(Scope::Runtime, RT_NS, name);
            BaseType::class(TypeSource::User(UserType::Reference(r))).into()
        };
        Ok(match t {
            Type::Int => BaseType::Int64.into(),
            Type::Bool => BaseType::Boolean.into(),
            Type::Float => BaseType::Float64.into(),
            Type::Str => rt(self, "Str"),
            Type::Bytes => rt(self, "Bytes"),
            Type::List(e) => {
                let r = self.type_ref(Scope::Runtime, RT_NS, ListKind::of(e).class());
                BaseType::class(TypeSource::User(UserType::Reference(r))).into()
            }
            Type::Class(c) => BaseType::class(TypeSource::User(self.class_source(c)?)).into(),
        })
    }

    /// The host type of list elements as the list class stores them.
    fn elem_host(&mut self, k: ListKind) -> MethodType {
        match k {
            ListKind::Int => BaseType::Int64.into(),
            ListKind::Bool => BaseType::Boolean.into(),
            ListKind::Float => BaseType::Float64.into(),
            ListKind::Obj => BaseType::Object.into(),
        }
    }

    // ----- declarations ---------------------------------------------------

    /// User classes, parents first.
    fn class_order(&self) -> Result<Vec<&'m ir::Class>, String> {
        let m = self.m;
        let mut order: Vec<&ir::Class> = Vec::new();
        let mut placed: HashMap<&str, bool> = HashMap::new();
        let users: Vec<&ir::Class> = m.classes.iter().filter(|c| !c.builtin).collect();
        let mut progress = true;
        while progress && order.len() < users.len() {
            progress = false;
            for c in &users {
                if placed.contains_key(c.name.as_str()) {
                    continue;
                }
                let ready = match &c.parent {
                    None => true,
                    Some(p) => !self.is_user_class(p) || placed.contains_key(p.as_str()),
                };
                if ready {
                    placed.insert(&c.name, true);
                    order.push(c);
                    progress = true;
                }
            }
        }
        if order.len() < users.len() {
            return Err("inheritance cycle among user classes".into());
        }
        Ok(order)
    }

    pub fn declare(&mut self) -> Result<(), String> {
        let order = self.class_order()?;
        // Type definitions, fields.
        for c in &order {
            let mut td = TypeDefinition::new(Some(Cow::Borrowed(USER_NS)), c.name.clone());
            td.flags.accessibility = TypeAccessibility::Public;
            let ti = self.res.push_type_definition(td);
            self.classes.insert(
                c.name.clone(),
                UserClass {
                    ty: ti,
                    fields: HashMap::new(),
                    ctor: None,
                },
            );
        }
        for c in &order {
            let Some(ti) = self.classes.get(&c.name).map(|u| u.ty) else {
                continue;
            };
            let ext: TypeSource<MemberType> = match &c.parent {
                None => {
                    let o = self.type_ref(Scope::Corlib, "System", "Object");
                    TypeSource::User(UserType::Reference(o))
                }
                Some(p) => TypeSource::User(self.class_source(p)?),
            };
            self.res[ti].set_extends(ext);
            if c.name == ir::GLOBALS_CLASS {
                if c.fields.iter().any(|f| f.name == GLOBALS_INSTANCE) {
                    return Err(format!(
                        "the globals class cannot have a field `{GLOBALS_INSTANCE}`"
                    ));
                }
                let mt = self.member_ty(&Type::Class(c.name.clone()))?;
                let fi = self.res.push_field(
                    ti,
                    Field::static_member(Accessibility::Public, GLOBALS_INSTANCE, mt),
                );
                self.globals_instance = Some(fi);
            }
            for f in &c.fields {
                let mt = self.member_ty(&f.ty)?;
                let fi = self.res.push_field(
                    ti,
                    Field::instance(Accessibility::Public, f.name.clone(), mt),
                );
                if let Some(u) = self.classes.get_mut(&c.name) {
                    u.fields.insert(f.name.clone(), fi);
                }
            }
        }
        // Constructors (parents first, so a child's body can call its parent's).
        for c in &order {
            let Some(ti) = self.classes.get(&c.name).map(|u| u.ty) else {
                continue;
            };
            let parent_ctor: UserMethod = match &c.parent {
                Some(p) if self.is_user_class(p) => {
                    match self.classes.get(p.as_str()).and_then(|u| u.ctor) {
                        Some(mi) => UserMethod::Definition(mi),
                        None => return Err(format!("internal error: no constructor for `{p}`")),
                    }
                }
                Some(p) => {
                    if !is_builtin_name(p) {
                        return Err(format!("unknown builtin class `{p}`"));
                    }
                    UserMethod::Reference(self.method_ref(
                        Scope::Runtime,
                        RT_NS,
                        p,
                        ".ctor",
                        true,
                        vec![],
                        None,
                    ))
                }
                None => UserMethod::Reference(self.method_ref(
                    Scope::Corlib,
                    "System",
                    "Object",
                    ".ctor",
                    true,
                    vec![],
                    None,
                )),
            };
            let mut code = Code::new();
            code.op(Instruction::LoadArgument(0), 0, 1);
            code.op(Instruction::call(parent_ctor), 1, 0);
            code.op(Instruction::Return, 0, 0);
            code.end_flow();
            let body = finish_body(code, vec![])?;
            let mi = self.res.push_method(
                ti,
                Method::constructor(Accessibility::Public, vec![], Some(body)),
            );
            if let Some(u) = self.classes.get_mut(&c.name) {
                u.ctor = Some(mi);
            }
        }
        // Static method for every function (bodies later).
        let mut functions_class: Option<TypeIndex> = None;
        for f in &self.m.functions {
            let (owner, name) = match f.name.split_once('.') {
                Some((c, meth)) if self.classes.contains_key(c) => {
                    (self.classes.get(c).map(|u| u.ty), meth.to_string())
                }
                _ => (None, f.name.clone()),
            };
            let owner = match owner {
                Some(t) => t,
                None => match functions_class {
                    Some(t) => t,
                    None => {
                        let mut td =
                            TypeDefinition::new(Some(Cow::Borrowed(PROGRAM_NS)), "Functions");
                        td.flags.accessibility = TypeAccessibility::Public;
                        td.flags.abstract_type = true;
                        td.flags.sealed = true;
                        let o = self.type_ref(Scope::Corlib, "System", "Object");
                        td.set_extends(TypeSource::User(UserType::Reference(o)));
                        let t = self.res.push_type_definition(td);
                        functions_class = Some(t);
                        t
                    }
                },
            };
            let sig = self.static_sig(f)?;
            let mi = self
                .res
                .push_method(owner, Method::new(Accessibility::Public, sig, name, None));
            self.funcs.insert(f.name.clone(), mi);
        }
        // Virtual methods forwarding to the static bodies.
        for c in &order {
            let Some(ti) = self.classes.get(&c.name).map(|u| u.ty) else {
                continue;
            };
            for meth in &c.methods {
                let body_name = format!("{}.{}", c.name, meth);
                let f = self.m.function(&body_name).ok_or_else(|| {
                    format!("method `{meth}` of `{}` has no body `{body_name}`", c.name)
                })?;
                let Some(&target) = self.funcs.get(&body_name) else {
                    return Err(format!("internal error: no method for `{body_name}`"));
                };
                if f.params.is_empty() {
                    return Err(format!(
                        "method body `{body_name}` has no receiver parameter"
                    ));
                }
                let mut params = Vec::new();
                for p in &f.params[1..] {
                    params.push(param(self.ty(p)?));
                }
                let ret = match &f.ret {
                    Some(r) => Some(self.ty(r)?),
                    None => None,
                };
                let sig = MethodSignature::new(true, ret_type(ret), params);
                let overrides = c
                    .parent
                    .as_ref()
                    .is_some_and(|p| self.m.resolve_method(p, meth).is_some());
                let n = f.params.len();
                let mut code = Code::new();
                for i in 0..n {
                    code.op(Instruction::LoadArgument(arg_index(i)?), 0, 1);
                }
                code.op(
                    Instruction::call(target),
                    n as i32,
                    i32::from(f.ret.is_some()),
                );
                code.op(Instruction::Return, i32::from(f.ret.is_some()), 0);
                code.end_flow();
                let body = finish_body(code, vec![])?;
                let mut method = Method::new(Accessibility::Public, sig, meth.clone(), Some(body));
                method.virtual_member = true;
                method.vtable_layout = if overrides {
                    VtableLayout::ReuseSlot
                } else {
                    VtableLayout::NewSlot
                };
                let mi = self.res.push_method(ti, method);
                self.virtuals.insert((c.name.clone(), meth.clone()), mi);
            }
        }
        Ok(())
    }

    fn static_sig(&mut self, f: &Function) -> Result<ManagedMethod<MethodType>, String> {
        let mut params = Vec::new();
        for p in &f.params {
            params.push(param(self.ty(p)?));
        }
        let ret = match &f.ret {
            Some(r) => Some(self.ty(r)?),
            None => None,
        };
        Ok(MethodSignature::new(false, ret_type(ret), params))
    }

    pub fn define_bodies(&mut self) -> Result<(), String> {
        for f in &self.m.functions {
            let body = self
                .function_body(f)
                .map_err(|e| format!("in fn {}: {e}", f.name))?;
            let Some(&mi) = self.funcs.get(&f.name) else {
                return Err(format!("internal error: no method for `{}`", f.name));
            };
            self.res[mi].body = Some(body);
        }
        Ok(())
    }

    /// `PyProgram.Entry::Main(string[])`: argv, call `main`, exit code;
    /// any exception escaping is reported by the runtime (exit 1).
    pub fn define_entry(&mut self) -> Result<(), String> {
        let main = self
            .m
            .function("main")
            .ok_or("the program has no `main` function")?;
        let Some(&main_idx) = self.funcs.get("main") else {
            return Err("internal error: no method for `main`".into());
        };
        let string_array: MethodType = BaseType::vector(MethodType::from(BaseType::String)).into();
        let obj_list = self.rt_type("ObjList");
        let argv = self.rt_static("Entry", "Argv", vec![string_array.clone()], Some(obj_list));
        let exit = self.rt_static(
            "Entry",
            "Exit",
            vec![BaseType::Int64.into()],
            Some(BaseType::Int32.into()),
        );
        let sys_exc = self.ref_type(Scope::Corlib, "System", "Exception");
        let uncaught = self.rt_static(
            "Entry",
            "Uncaught",
            vec![sys_exc.clone()],
            Some(BaseType::Int32.into()),
        );

        let spawn = self.rt_static(
            "Entry",
            "Spawn",
            vec![string_array.clone()],
            Some(BaseType::Int32.into()),
        );

        let mut code = Code::new();
        // Run again on a thread with a large stack unless already there.
        let on_thread = code.label();
        code.op(Instruction::LoadArgument(0), 0, 1);
        code.op(Instruction::call(spawn), 1, 1);
        code.op(Instruction::StoreLocal(0), 1, 0);
        code.op(Instruction::LoadLocal(0), 0, 1);
        code.op(Instruction::LoadConstantInt32(-1), 0, 1);
        code.op(Instruction::CompareEqual, 2, 1);
        code.branch_truthy(on_thread);
        code.op(Instruction::LoadLocal(0), 0, 1);
        code.op(Instruction::Return, 1, 0);
        code.end_flow();
        code.place(on_thread);
        let try_start = code.label();
        let try_end = code.label();
        let done = code.label();
        code.place(try_start);
        if let Some(init) = self.consts_init()? {
            code.op(Instruction::call(init), 0, 0);
        }
        if let Some(f) = self.globals_instance {
            let ctor = self
                .classes
                .get(ir::GLOBALS_CLASS)
                .and_then(|u| u.ctor)
                .ok_or("internal error: no constructor for the globals class")?;
            code.op(Instruction::new_object(UserMethod::Definition(ctor)), 0, 1);
            code.op(
                Instruction::store_static_field(FieldSource::Definition(f)),
                1,
                0,
            );
        }
        match main.params.as_slice() {
            [] => {}
            [Type::List(e)] if **e == Type::Str => {
                code.op(Instruction::LoadArgument(0), 0, 1);
                code.op(Instruction::call(argv), 1, 1);
            }
            _ => return Err("`main` must take no parameter or one `list[str]`".into()),
        }
        code.op(
            Instruction::call(main_idx),
            main.params.len() as i32,
            i32::from(main.ret.is_some()),
        );
        match &main.ret {
            None => code.op(Instruction::LoadConstantInt64(0), 0, 1),
            Some(Type::Int) => {}
            Some(Type::Bool) => code.op(Instruction::Convert(ConversionType::Int64), 1, 1),
            Some(other) => return Err(format!("`main` must return int, not {other}")),
        }
        code.op(Instruction::call(exit), 1, 1);
        code.op(Instruction::StoreLocal(0), 1, 0);
        code.leave(done);
        let h_start = try_end;
        let h_end = code.label();
        code.place_handler(h_start);
        code.op(Instruction::call(uncaught), 1, 1);
        code.op(Instruction::StoreLocal(0), 1, 0);
        code.leave(done);
        code.place(h_end);
        code.place(done);
        code.op(Instruction::LoadLocal(0), 0, 1);
        code.op(Instruction::Return, 1, 0);
        code.end_flow();
        code.clause(Clause {
            try_start,
            try_end,
            handler_start: h_start,
            handler_end: h_end,
            catch: sys_exc,
        });
        let body = finish_body(code, vec![LocalVariable::new(BaseType::Int32.into())])?;

        let mut td = TypeDefinition::new(Some(Cow::Borrowed(PROGRAM_NS)), "Entry");
        td.flags.accessibility = TypeAccessibility::Public;
        td.flags.abstract_type = true;
        td.flags.sealed = true;
        let o = self.type_ref(Scope::Corlib, "System", "Object");
        td.set_extends(TypeSource::User(UserType::Reference(o)));
        let t = self.res.push_type_definition(td);
        let sig = MethodSignature::new(
            false,
            ReturnType::value(BaseType::Int32.into()),
            vec![param(string_array)],
        );
        let mi = self.res.push_method(
            t,
            Method::new(Accessibility::Public, sig, "Main", Some(body)),
        );
        self.res.set_entry_point(mi);
        Ok(())
    }

    // ----- function bodies ------------------------------------------------

    fn function_body(&mut self, f: &Function) -> Result<body::Method, String> {
        let nb = f.blocks.len();
        if nb == 0 {
            return Err("function has no blocks".into());
        }
        // Reachable blocks (the IR verifier does not check unreachable ones).
        let mut reach = vec![false; nb];
        let mut stack = vec![0usize];
        reach[0] = true;
        while let Some(b) = stack.pop() {
            let blk = &f.blocks[b];
            let succ = blk
                .term
                .targets()
                .into_iter()
                .map(|t| t.block)
                .chain(blk.catch);
            for s in succ {
                let s = s.0 as usize;
                if s >= nb {
                    return Err(format!("branch to missing block b{s}"));
                }
                if !reach[s] {
                    reach[s] = true;
                    stack.push(s);
                }
            }
        }
        // Value locations.
        let nv = f.value_types.len();
        let mut loc = vec![Loc::Unset; nv];
        let mut locals: Vec<LocalVariable> = Vec::new();
        for (i, v) in f.blocks[0].params.iter().enumerate() {
            let slot = loc
                .get_mut(v.0 as usize)
                .ok_or_else(|| format!("{v} has no type"))?;
            *slot = Loc::Arg(arg_index(i)?);
        }
        for (bi, b) in f.blocks.iter().enumerate() {
            if !reach[bi] {
                continue;
            }
            let params = if bi == 0 { &[][..] } else { &b.params[..] };
            let defs = params
                .iter()
                .copied()
                .chain(b.insts.iter().filter_map(|i| i.result));
            for v in defs {
                let t = f
                    .value_types
                    .get(v.0 as usize)
                    .ok_or_else(|| format!("{v} has no type"))?;
                let mt = self.ty(t)?;
                if locals.len() >= u16::MAX as usize {
                    return Err("too many values for one CLI method (65535 locals)".into());
                }
                locals.push(LocalVariable::new(mt));
                loc[v.0 as usize] = Loc::Local((locals.len() - 1) as u16);
            }
        }
        let mut code = Code::new();
        let labels: Vec<Label> = (0..nb).map(|_| code.label()).collect();
        let needs_ret_local = f.ret.is_some()
            && f.blocks.iter().enumerate().any(|(i, b)| {
                reach[i] && b.catch.is_some() && matches!(b.term, Terminator::Return(_))
            });
        let ret_local = if needs_ret_local {
            let t = match &f.ret {
                Some(r) => self.ty(r)?,
                None => BaseType::Int32.into(),
            };
            locals.push(LocalVariable::new(t));
            Some((locals.len() - 1) as u16)
        } else {
            None
        };
        let ret_label = code.label();
        let mut ret_label_used = false;
        let rt_exc = self.rt_type(ir::EXCEPTION_ROOT);
        let host_exc = self.ref_type(Scope::Corlib, "System", "Exception");
        let wrap = self.rt_static("Ops", "Wrap", vec![host_exc.clone()], Some(rt_exc.clone()));
        // Recursion check: every function that calls others counts the
        // Python-level call depth.
        let calls = f.blocks.iter().any(|b| {
            b.insts
                .iter()
                .any(|i| matches!(i.op, Op::Call { .. } | Op::CallVirtual { .. }))
        });
        let depth = if calls {
            locals.push(LocalVariable::new(BaseType::Int32.into()));
            let l = (locals.len() - 1) as u16;
            let enter = self.rt_static("Ops", "Enter", vec![], Some(BaseType::Int32.into()));
            code.op(Instruction::call(enter), 0, 1);
            code.op(Instruction::StoreLocal(l), 1, 0);
            Some((l, self.depth_field()))
        } else {
            None
        };

        let mut fx = FnCx {
            f,
            loc: &loc,
            code: &mut code,
            labels: &labels,
            depth,
        };
        for (bi, b) in f.blocks.iter().enumerate() {
            if !reach[bi] {
                continue;
            }
            fx.code.place(labels[bi]);
            for inst in &b.insts {
                self.inst(&mut fx, inst)?;
            }
            let in_try = b.catch.is_some();
            self.term(
                &mut fx,
                &b.term,
                in_try,
                ret_local,
                ret_label,
                &mut ret_label_used,
            )?;
            if let Some(h) = b.catch {
                let hb = f
                    .blocks
                    .get(h.0 as usize)
                    .ok_or_else(|| format!("missing handler {h}"))?;
                let [hp] = hb.params.as_slice() else {
                    return Err(format!("handler {h} must take one parameter"));
                };
                // catch System.Exception: ours as is, host ones (add.ovf,
                // out of memory, stack overflow) as the builtin class; the
                // call depth is back to this function's.
                let try_end = fx.code.label();
                let h_end = fx.code.label();
                fx.code.place_handler(try_end);
                fx.code.op(Instruction::call(wrap), 1, 1);
                fx.store(*hp)?;
                if let Some((l, fld)) = &depth {
                    fx.code.op(Instruction::LoadLocal(*l), 0, 1);
                    fx.code.op(Instruction::store_static_field(*fld), 1, 0);
                }
                fx.code.leave(labels[h.0 as usize]);
                fx.code.place(h_end);
                fx.code.clause(Clause {
                    try_start: labels[bi],
                    try_end,
                    handler_start: try_end,
                    handler_end: h_end,
                    catch: host_exc.clone(),
                });
            }
        }
        if ret_label_used {
            code.place(ret_label);
            if let Some((l, fld)) = &depth {
                depth_exit(&mut code, *l, fld);
            }
            if let Some(r) = ret_local {
                code.op(Instruction::LoadLocal(r), 0, 1);
                code.op(Instruction::Return, 1, 0);
            } else {
                code.op(Instruction::Return, 0, 0);
            }
            code.end_flow();
        }
        finish_body(code, locals)
    }

    fn inst(&mut self, fx: &mut FnCx<'_>, inst: &ir::Inst) -> Result<(), String> {
        let f = fx.f;
        // Number of values the op leaves on the stack (0 or 1).
        let pushed: i32 = match &inst.op {
            Op::ConstInt(i) => {
                fx.code.op(Instruction::LoadConstantInt64(*i), 0, 1);
                1
            }
            Op::ConstBool(b) => {
                fx.code
                    .op(Instruction::LoadConstantInt32(i32::from(*b)), 0, 1);
                1
            }
            Op::ConstStr(s) => {
                let fi = self.const_field(Const::Str(s.clone()));
                fx.code.op(
                    Instruction::load_static_field(FieldSource::Definition(fi)),
                    0,
                    1,
                );
                1
            }
            Op::ConstBytes(b) => {
                let fi = self.const_field(Const::Bytes(b.clone()));
                fx.code.op(
                    Instruction::load_static_field(FieldSource::Definition(fi)),
                    0,
                    1,
                );
                1
            }
            Op::ConstFloat(bits) => {
                fx.code.op(
                    Instruction::LoadConstantFloat64(f64::from_bits(*bits)),
                    0,
                    1,
                );
                1
            }
            Op::ConstNull(_) => {
                fx.code.op(Instruction::LoadNull, 0, 1);
                1
            }
            Op::Globals => {
                let f = self
                    .globals_instance
                    .ok_or("internal error: the program has no globals class")?;
                fx.code.op(
                    Instruction::load_static_field(FieldSource::Definition(f)),
                    0,
                    1,
                );
                1
            }
            Op::Prim(p, args) => self.prim(fx, *p, args)?,
            Op::Bin(op, a, b) => {
                fx.load(*a)?;
                fx.load(*b)?;
                let ceq0 = |fx: &mut FnCx<'_>| {
                    fx.code.op(Instruction::LoadConstantInt32(0), 0, 1);
                    fx.code.op(Instruction::CompareEqual, 2, 1);
                };
                match op {
                    BinOp::Add => fx
                        .code
                        .op(Instruction::AddOverflow(NumberSign::Signed), 2, 1),
                    BinOp::Sub => {
                        fx.code
                            .op(Instruction::SubtractOverflow(NumberSign::Signed), 2, 1)
                    }
                    BinOp::Mul => {
                        fx.code
                            .op(Instruction::MultiplyOverflow(NumberSign::Signed), 2, 1)
                    }
                    BinOp::FloorDiv | BinOp::Mod => {
                        let name = if *op == BinOp::FloorDiv {
                            "FloorDiv"
                        } else {
                            "Mod"
                        };
                        let r = self.rt_static(
                            "Ops",
                            name,
                            vec![BaseType::Int64.into(), BaseType::Int64.into()],
                            Some(BaseType::Int64.into()),
                        );
                        fx.code.op(Instruction::call(r), 2, 1);
                    }
                    BinOp::Lt => fx
                        .code
                        .op(Instruction::CompareLess(NumberSign::Signed), 2, 1),
                    BinOp::Gt => fx
                        .code
                        .op(Instruction::CompareGreater(NumberSign::Signed), 2, 1),
                    BinOp::Le => {
                        fx.code
                            .op(Instruction::CompareGreater(NumberSign::Signed), 2, 1);
                        ceq0(fx);
                    }
                    BinOp::Ge => {
                        fx.code
                            .op(Instruction::CompareLess(NumberSign::Signed), 2, 1);
                        ceq0(fx);
                    }
                    BinOp::Eq => fx.code.op(Instruction::CompareEqual, 2, 1),
                    BinOp::Ne => {
                        fx.code.op(Instruction::CompareEqual, 2, 1);
                        ceq0(fx);
                    }
                    BinOp::Shl | BinOp::Shr => {
                        let name = if *op == BinOp::Shl { "Shl" } else { "Shr" };
                        let r = self.rt_static(
                            "Ops",
                            name,
                            vec![BaseType::Int64.into(), BaseType::Int64.into()],
                            Some(BaseType::Int64.into()),
                        );
                        fx.code.op(Instruction::call(r), 2, 1);
                    }
                    BinOp::And => fx.code.op(Instruction::And, 2, 1),
                    BinOp::Or => fx.code.op(Instruction::Or, 2, 1),
                    BinOp::Xor => fx.code.op(Instruction::Xor, 2, 1),
                }
                1
            }
            Op::Neg(a) => {
                fx.code.op(Instruction::LoadConstantInt64(0), 0, 1);
                fx.load(*a)?;
                fx.code
                    .op(Instruction::SubtractOverflow(NumberSign::Signed), 2, 1);
                1
            }
            Op::Not(a) => {
                fx.load(*a)?;
                fx.code.op(Instruction::LoadConstantInt32(0), 0, 1);
                fx.code.op(Instruction::CompareEqual, 2, 1);
                1
            }
            Op::BoolEq(a, b) => {
                fx.load(*a)?;
                fx.load(*b)?;
                fx.code.op(Instruction::CompareEqual, 2, 1);
                1
            }
            Op::StrConcat(a, b) | Op::StrEq(a, b) => {
                fx.load(*a)?;
                fx.load(*b)?;
                let st = self.rt_type("Str");
                let (name, ret): (&str, MethodType) = if matches!(inst.op, Op::StrConcat(..)) {
                    ("Concat", st.clone())
                } else {
                    ("Eq", BaseType::Boolean.into())
                };
                let r = self.rt_static("Str", name, vec![st.clone(), st], Some(ret));
                fx.code.op(Instruction::call(r), 2, 1);
                1
            }
            Op::StrLen(a) => {
                fx.load(*a)?;
                let st = self.rt_type("Str");
                let r = self.rt_static("Str", "Len", vec![st], Some(BaseType::Int64.into()));
                fx.code.op(Instruction::call(r), 1, 1);
                1
            }
            Op::IntToStr(a) => {
                fx.load(*a)?;
                let st = self.rt_type("Str");
                let r = self.rt_static("Str", "FromInt", vec![BaseType::Int64.into()], Some(st));
                fx.code.op(Instruction::call(r), 1, 1);
                1
            }
            Op::BoolToStr(a) => {
                fx.load(*a)?;
                let st = self.rt_type("Str");
                let r = self.rt_static("Str", "FromBool", vec![BaseType::Boolean.into()], Some(st));
                fx.code.op(Instruction::call(r), 1, 1);
                1
            }
            Op::Call { func, args } => {
                let g = self
                    .m
                    .function(func)
                    .ok_or_else(|| format!("call of unknown function `{func}`"))?;
                let Some(&mi) = self.funcs.get(func) else {
                    return Err(format!("internal error: no method for `{func}`"));
                };
                for a in args {
                    fx.load(*a)?;
                }
                let push = i32::from(g.ret.is_some());
                fx.code.op(Instruction::call(mi), args.len() as i32, push);
                push
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
                let g = self
                    .m
                    .function(&format!("{owner}.{method}"))
                    .ok_or_else(|| format!("method `{owner}.{method}` has no body"))?;
                let Some(&mi) = self.virtuals.get(&(owner.clone(), method.clone())) else {
                    return Err(format!(
                        "internal error: no virtual method `{owner}.{method}`"
                    ));
                };
                for a in args {
                    fx.load(*a)?;
                }
                let push = i32::from(g.ret.is_some());
                fx.code
                    .op(Instruction::call_virtual(mi), args.len() as i32, push);
                push
            }
            Op::New(c) => {
                let ctor: UserMethod = if let Some(u) = self.classes.get(c.as_str()) {
                    match u.ctor {
                        Some(mi) => UserMethod::Definition(mi),
                        None => return Err(format!("internal error: no constructor for `{c}`")),
                    }
                } else if is_builtin_name(c) {
                    UserMethod::Reference(self.method_ref(
                        Scope::Runtime,
                        RT_NS,
                        c,
                        ".ctor",
                        true,
                        vec![],
                        None,
                    ))
                } else {
                    return Err(format!("new of unknown class `{c}`"));
                };
                fx.code.op(Instruction::new_object(ctor), 0, 1);
                1
            }
            Op::GetField { class, field, obj } => {
                let src = self.field(class, field)?;
                fx.load(*obj)?;
                fx.code.op(Instruction::load_field(src), 1, 1);
                1
            }
            Op::SetField {
                class,
                field,
                obj,
                value,
            } => {
                let src = self.field(class, field)?;
                fx.load(*obj)?;
                fx.load(*value)?;
                fx.code.op(Instruction::store_field(src), 2, 0);
                0
            }
            Op::ListNew { elem, items } => {
                let k = ListKind::of(elem);
                let ctor = self.rt_instance(k.class(), ".ctor", vec![BaseType::Int32.into()], None);
                let cap = i32::try_from(items.len()).map_err(|_| "list literal too long")?;
                fx.code.op(Instruction::LoadConstantInt32(cap), 0, 1);
                fx.code
                    .op(Instruction::NewObject(UserMethod::Reference(ctor)), 1, 1);
                if !items.is_empty() {
                    let eh = self.elem_host(k);
                    let append = self.rt_instance(k.class(), "Append", vec![eh], None);
                    for it in items {
                        fx.code.op(Instruction::Duplicate, 1, 2);
                        fx.load(*it)?;
                        fx.code.op(Instruction::call(append), 2, 0);
                    }
                }
                1
            }
            Op::ListGet(l, i) | Op::ListPopAt(l, i) => {
                let (k, elem) = list_kind(f, *l)?;
                let eh = self.elem_host(k);
                let name = if matches!(inst.op, Op::ListGet(..)) {
                    "Get"
                } else {
                    "PopAt"
                };
                let r = self.rt_instance(k.class(), name, vec![BaseType::Int64.into()], Some(eh));
                fx.load(*l)?;
                fx.load(*i)?;
                fx.code.op(Instruction::call_virtual(r), 2, 1);
                self.cast_elem(fx, k, &elem)?;
                1
            }
            Op::ListPop(l) => {
                let (k, elem) = list_kind(f, *l)?;
                let eh = self.elem_host(k);
                let r = self.rt_instance(k.class(), "Pop", vec![], Some(eh));
                fx.load(*l)?;
                fx.code.op(Instruction::call_virtual(r), 1, 1);
                self.cast_elem(fx, k, &elem)?;
                1
            }
            Op::ListSet(l, i, x) => {
                let (k, _) = list_kind(f, *l)?;
                let eh = self.elem_host(k);
                let r = self.rt_instance(k.class(), "Set", vec![BaseType::Int64.into(), eh], None);
                fx.load(*l)?;
                fx.load(*i)?;
                fx.load(*x)?;
                fx.code.op(Instruction::call_virtual(r), 3, 0);
                0
            }
            Op::ListLen(l) => {
                let (k, _) = list_kind(f, *l)?;
                let r = self.rt_instance(k.class(), "Len", vec![], Some(BaseType::Int64.into()));
                fx.load(*l)?;
                fx.code.op(Instruction::call_virtual(r), 1, 1);
                1
            }
            Op::ListAppend(l, x) => {
                let (k, _) = list_kind(f, *l)?;
                let eh = self.elem_host(k);
                let r = self.rt_instance(k.class(), "Append", vec![eh], None);
                fx.load(*l)?;
                fx.load(*x)?;
                fx.code.op(Instruction::call_virtual(r), 2, 0);
                0
            }
            Op::ListExtend(l, x) => {
                let (k, _) = list_kind(f, *l)?;
                let lt = self.rt_type(k.class());
                let r = self.rt_instance(k.class(), "Extend", vec![lt], None);
                fx.load(*l)?;
                fx.load(*x)?;
                fx.code.op(Instruction::call_virtual(r), 2, 0);
                0
            }
            Op::InstanceOf { class, value } => {
                let t = self.class_type(class)?;
                fx.load(*value)?;
                fx.code.op(Instruction::IsInstance(t), 1, 1);
                fx.code.op(Instruction::LoadNull, 0, 1);
                fx.code
                    .op(Instruction::CompareGreater(NumberSign::Unsigned), 2, 1);
                1
            }
            Op::Cast { class, value } => {
                let t = self.class_type(class)?;
                fx.load(*value)?;
                fx.code.op(Instruction::cast_class(t), 1, 1);
                1
            }
            Op::Print(a) => {
                fx.load(*a)?;
                let st = self.rt_type("Str");
                let r = self.rt_static("Io", "Print", vec![st], Some(BaseType::Boolean.into()));
                fx.code.op(Instruction::call(r), 1, 1);
                1
            }
        };
        match (inst.result, pushed) {
            (Some(v), 1) => fx.store(v)?,
            (None, 1) => fx.code.op(Instruction::Pop, 1, 0),
            (Some(v), _) => return Err(format!("{v} is the result of an operation with no value")),
            (None, _) => {}
        }
        Ok(())
    }

    /// Host type of a primitive's operand or result (`Elem` and `AnyList`
    /// resolved from the list operand's type).
    fn sig_ty(&mut self, s: Sig, list: Option<&Type>) -> Result<Option<MethodType>, String> {
        Ok(Some(match s {
            Sig::Int => BaseType::Int64.into(),
            Sig::Bool => BaseType::Boolean.into(),
            Sig::Float => BaseType::Float64.into(),
            Sig::Str => self.rt_type("Str"),
            Sig::Bytes => self.rt_type("Bytes"),
            Sig::ListInt => self.rt_type("IntList"),
            Sig::ListStr => self.rt_type("ObjList"),
            Sig::AnyRef => BaseType::Object.into(),
            Sig::AnyList | Sig::Elem => {
                let Some(Type::List(e)) = list else {
                    return Err("primitive needs a list operand".into());
                };
                let k = ListKind::of(e);
                if s == Sig::AnyList {
                    self.rt_type(k.class())
                } else {
                    self.elem_host(k)
                }
            }
            Sig::Nothing => return Ok(None),
        }))
    }

    /// Emit a primitive; returns the number of values it pushes.
    fn prim(&mut self, fx: &mut FnCx<'_>, p: Prim, args: &[ir::Value]) -> Result<i32, String> {
        let f = fx.f;
        if args.len() != p.params().len() {
            return Err(format!(
                "{} takes {} operands",
                p.mnemonic(),
                p.params().len()
            ));
        }
        for a in args {
            fx.load(*a)?;
        }
        let n = args.len() as i32;
        let simple = |fx: &mut FnCx<'_>, i: Instruction, push: i32| {
            fx.code.op(i, n, push);
            Ok(push)
        };
        let (class, name) = match p {
            Prim::Invert => return simple(fx, Instruction::Not, 1),
            Prim::FAdd => return simple(fx, Instruction::Add, 1),
            Prim::FSub => return simple(fx, Instruction::Subtract, 1),
            Prim::FMul => return simple(fx, Instruction::Multiply, 1),
            Prim::FNeg => return simple(fx, Instruction::Negate, 1),
            Prim::FLt => return simple(fx, Instruction::CompareLess(NumberSign::Signed), 1),
            Prim::FGt => return simple(fx, Instruction::CompareGreater(NumberSign::Signed), 1),
            Prim::FEq | Prim::RefEq => return simple(fx, Instruction::CompareEqual, 1),
            Prim::FLe | Prim::FGe | Prim::FNe => {
                // Unordered (NaN) comparisons are false for <=, >= and
                // true for !=: `not (a >un b)`, `not (a <un b)`, `not (a == b)`.
                let i = match p {
                    Prim::FLe => Instruction::CompareGreater(NumberSign::Unsigned),
                    Prim::FGe => Instruction::CompareLess(NumberSign::Unsigned),
                    _ => Instruction::CompareEqual,
                };
                fx.code.op(i, 2, 1);
                fx.code.op(Instruction::LoadConstantInt32(0), 0, 1);
                fx.code.op(Instruction::CompareEqual, 2, 1);
                return Ok(1);
            }
            Prim::IntToFloat => return simple(fx, Instruction::ConvertFloat64, 1),
            Prim::IsNull => {
                fx.code.op(Instruction::LoadNull, 0, 1);
                fx.code.op(Instruction::CompareEqual, 2, 1);
                return Ok(1);
            }
            Prim::ListSlice
            | Prim::ListInsert
            | Prim::ListTruncate
            | Prim::ListDetach
            | Prim::ListDetached => {
                let (k, elem) = list_kind(f, args[0])?;
                let lt = Type::List(Box::new(elem));
                let mut params = Vec::new();
                for s in &p.params()[1..] {
                    if let Some(t) = self.sig_ty(*s, Some(&lt))? {
                        params.push(t);
                    }
                }
                let ret = self.sig_ty(p.result(), Some(&lt))?;
                let push = i32::from(ret.is_some());
                let name = match p {
                    Prim::ListSlice => "Slice",
                    Prim::ListInsert => "Insert",
                    Prim::ListDetach => "Detach",
                    Prim::ListDetached => "Detached",
                    _ => "Truncate",
                };
                let r = self.rt_instance(k.class(), name, params, ret);
                fx.code.op(Instruction::call_virtual(r), n, push);
                return Ok(push);
            }
            Prim::FDiv => ("Flt", "Div"),
            Prim::FSqrt => ("Libm", "Sqrt"),
            Prim::FExp => ("Libm", "Exp"),
            Prim::FExpm1 => ("Libm", "Expm1"),
            Prim::FLog => ("Libm", "Log"),
            Prim::FLog2 => ("Libm", "Log2"),
            Prim::FLog10 => ("Libm", "Log10"),
            Prim::FLog1p => ("Libm", "Log1p"),
            Prim::FSin => ("Libm", "Sin"),
            Prim::FCos => ("Libm", "Cos"),
            Prim::FTan => ("Libm", "Tan"),
            Prim::FAsin => ("Libm", "Asin"),
            Prim::FAcos => ("Libm", "Acos"),
            Prim::FAtan => ("Libm", "Atan"),
            Prim::FAtan2 => ("Libm", "Atan2"),
            Prim::FSinh => ("Libm", "Sinh"),
            Prim::FCosh => ("Libm", "Cosh"),
            Prim::FTanh => ("Libm", "Tanh"),
            Prim::FAsinh => ("Libm", "Asinh"),
            Prim::FAcosh => ("Libm", "Acosh"),
            Prim::FAtanh => ("Libm", "Atanh"),
            Prim::FCFmod => ("Libm", "CFmod"),
            Prim::FFloor => ("Libm", "Floor"),
            Prim::FCeil => ("Libm", "Ceil"),
            Prim::FFloorDiv => ("Flt", "FloorDiv"),
            Prim::FMod => ("Flt", "Mod"),
            Prim::FPow => ("Flt", "Pow"),
            Prim::FloatToInt => ("Flt", "ToInt"),
            Prim::FloatBits => ("Flt", "Bits"),
            Prim::FloatFromBits => ("Flt", "FromBits"),
            Prim::FloatFmtE => ("Flt", "FmtE"),
            Prim::FloatFmtF => ("Flt", "FmtF"),
            Prim::StrToFloat => ("Flt", "Parse"),
            Prim::StrGet => ("Str", "Get"),
            Prim::StrCodeAt => ("Str", "CodeAt"),
            Prim::StrSlice => ("Str", "Slice"),
            Prim::StrCmp => ("Str", "Cmp"),
            Prim::StrFromCp => ("Str", "FromCp"),
            Prim::StrJoin => ("Str", "Join"),
            Prim::StrFind => ("Str", "Find"),
            Prim::StrHash => ("Str", "Hash"),
            Prim::StrEncodeUtf8 => ("Str", "EncodeUtf8"),
            Prim::BytesFromList => ("Bytes", "FromList"),
            Prim::BytesLen => ("Bytes", "Len"),
            Prim::BytesGet => ("Bytes", "Get"),
            Prim::BytesSlice => ("Bytes", "Slice"),
            Prim::BytesConcat => ("Bytes", "Concat"),
            Prim::BytesEq => ("Bytes", "Eq"),
            Prim::BytesDecodeUtf8 => ("Bytes", "DecodeUtf8"),
            Prim::IdHash => ("Ops", "IdHash"),
            Prim::WriteOut => ("Io", "Write"),
            Prim::WriteOutBytes => ("Io", "WriteBytes"),
            Prim::WriteErr => ("Io", "WriteErr"),
            Prim::FlushOut => ("Io", "Flush"),
            Prim::OsOpen => ("Os", "Open"),
            Prim::OsRead => ("Os", "Read"),
            Prim::OsWrite => ("Os", "Write"),
            Prim::OsClose => ("Os", "Close"),
            Prim::OsStat => ("Os", "Stat"),
            Prim::OsUnlink => ("Os", "Unlink"),
            Prim::OsGetcwd => ("Os", "Getcwd"),
            Prim::OsListdir => ("Os", "Listdir"),
            Prim::OsIsatty => ("Os", "Isatty"),
            Prim::OsMkdir => ("Os", "Mkdir"),
            Prim::OsRmdir => ("Os", "Rmdir"),
            Prim::OsRename => ("Os", "Rename"),
            Prim::OsGetpid => ("Os", "Getpid"),
            Prim::TimeSleep => ("Os", "Sleep"),
            Prim::TimeNow => ("Os", "Time"),
            Prim::PerfCounter => ("Os", "PerfCounter"),
            Prim::GetEnv => ("Os", "GetEnv"),
        };
        let mut params = Vec::new();
        for s in p.params() {
            if let Some(t) = self.sig_ty(*s, None)? {
                params.push(t);
            }
        }
        let ret = self.sig_ty(p.result(), None)?;
        let push = i32::from(ret.is_some());
        let r = self.rt_static(class, name, params, ret);
        fx.code.op(Instruction::call(r), n, push);
        Ok(push)
    }

    fn cast_elem(&mut self, fx: &mut FnCx<'_>, k: ListKind, elem: &Type) -> Result<(), String> {
        if k == ListKind::Obj {
            let t = self.ty(elem)?;
            fx.code.op(Instruction::cast_class(t), 1, 1);
        }
        Ok(())
    }

    fn field(&mut self, class: &str, field: &str) -> Result<FieldSource, String> {
        if let Some(u) = self.classes.get(class) {
            return u
                .fields
                .get(field)
                .map(|&fi| FieldSource::Definition(fi))
                .ok_or_else(|| format!("class `{class}` declares no field `{field}`"));
        }
        if is_builtin_name(class)
            && let Some(fd) = ir::builtin_fields(class)
                .into_iter()
                .find(|f| f.name == field)
        {
            let mt = self.member_ty(&fd.ty)?;
            return Ok(FieldSource::Reference(self.rt_field(class, field, mt)));
        }
        Err(format!("class `{class}` declares no field `{field}`"))
    }

    fn term(
        &mut self,
        fx: &mut FnCx<'_>,
        t: &Terminator,
        in_try: bool,
        ret_local: Option<u16>,
        ret_label: Label,
        ret_label_used: &mut bool,
    ) -> Result<(), String> {
        match t {
            Terminator::Jump(tg) => {
                fx.moves(tg)?;
                fx.goto(tg.block, in_try)?;
            }
            Terminator::Branch { cond, then, else_ } => {
                fx.load(*cond)?;
                if then.args.is_empty() && !in_try {
                    fx.code.branch_truthy(fx.label(then.block)?);
                    fx.moves(else_)?;
                    fx.goto(else_.block, in_try)?;
                } else {
                    let inner = fx.code.label();
                    fx.code.branch_truthy(inner);
                    fx.moves(else_)?;
                    fx.goto(else_.block, in_try)?;
                    fx.code.place(inner);
                    fx.moves(then)?;
                    fx.goto(then.block, in_try)?;
                }
            }
            Terminator::Return(v) => {
                if in_try {
                    if let Some(v) = v {
                        let Some(r) = ret_local else {
                            return Err("internal error: no return local".into());
                        };
                        fx.load(*v)?;
                        fx.code.op(Instruction::StoreLocal(r), 1, 0);
                    }
                    *ret_label_used = true;
                    fx.code.leave(ret_label);
                } else {
                    if let Some((l, fld)) = &fx.depth {
                        depth_exit(fx.code, *l, fld);
                    }
                    if let Some(v) = v {
                        fx.load(*v)?;
                        fx.code.op(Instruction::Return, 1, 0);
                    } else {
                        fx.code.op(Instruction::Return, 0, 0);
                    }
                    fx.code.end_flow();
                }
            }
            Terminator::Raise(v) => {
                fx.load(*v)?;
                fx.code.op(Instruction::Throw, 1, 0);
                fx.code.end_flow();
            }
            Terminator::Unreachable => {
                let exc = self.rt_type(ir::EXCEPTION_ROOT);
                let r = self.rt_static("Ops", "Unreachable", vec![], Some(exc));
                fx.code.op(Instruction::call(r), 0, 1);
                fx.code.op(Instruction::Throw, 1, 0);
                fx.code.end_flow();
            }
        }
        Ok(())
    }
}

struct FnCx<'c> {
    f: &'c Function,
    loc: &'c [Loc],
    code: &'c mut Code,
    labels: &'c [Label],
    /// The local holding the call depth of this activation, and the
    /// runtime's depth counter.
    depth: Option<(u16, FieldSource)>,
}

/// Back to the caller's depth: `Rt.Ops.depth = local - 1`.
fn depth_exit(code: &mut Code, local: u16, field: &FieldSource) {
    code.op(Instruction::LoadLocal(local), 0, 1);
    code.op(Instruction::LoadConstantInt32(1), 0, 1);
    code.op(Instruction::Subtract, 2, 1);
    code.op(Instruction::store_static_field(*field), 1, 0);
}

impl FnCx<'_> {
    fn location(&self, v: ir::Value) -> Result<Loc, String> {
        match self.loc.get(v.0 as usize) {
            Some(Loc::Unset) | None => Err(format!("{v} is used but never defined")),
            Some(l) => Ok(*l),
        }
    }

    fn load(&mut self, v: ir::Value) -> Result<(), String> {
        match self.location(v)? {
            Loc::Arg(i) => self.code.op(Instruction::LoadArgument(i), 0, 1),
            Loc::Local(i) => self.code.op(Instruction::LoadLocal(i), 0, 1),
            Loc::Unset => {}
        }
        Ok(())
    }

    fn store(&mut self, v: ir::Value) -> Result<(), String> {
        match self.location(v)? {
            Loc::Arg(i) => self.code.op(Instruction::StoreArgument(i), 1, 0),
            Loc::Local(i) => self.code.op(Instruction::StoreLocal(i), 1, 0),
            Loc::Unset => {}
        }
        Ok(())
    }

    fn label(&self, b: ir::BlockId) -> Result<Label, String> {
        self.labels
            .get(b.0 as usize)
            .copied()
            .ok_or_else(|| format!("branch to missing block {b}"))
    }

    /// Parallel copy of jump arguments into the target's parameters.
    fn moves(&mut self, t: &ir::Target) -> Result<(), String> {
        let target = self
            .f
            .blocks
            .get(t.block.0 as usize)
            .ok_or_else(|| format!("branch to missing block {}", t.block))?;
        if target.params.len() != t.args.len() {
            return Err(format!(
                "jump to {} with the wrong number of arguments",
                t.block
            ));
        }
        let pairs: Vec<(ir::Value, ir::Value)> = t
            .args
            .iter()
            .copied()
            .zip(target.params.iter().copied())
            .filter(|(a, p)| a != p)
            .collect();
        for (a, _) in &pairs {
            self.load(*a)?;
        }
        for (_, p) in pairs.iter().rev() {
            self.store(*p)?;
        }
        Ok(())
    }

    fn goto(&mut self, b: ir::BlockId, in_try: bool) -> Result<(), String> {
        let l = self.label(b)?;
        if in_try {
            self.code.leave(l);
        } else {
            self.code.branch(l);
        }
        Ok(())
    }
}

fn list_kind(f: &Function, l: ir::Value) -> Result<(ListKind, Type), String> {
    match f.value_types.get(l.0 as usize) {
        Some(Type::List(e)) => Ok((ListKind::of(e), (**e).clone())),
        Some(other) => Err(format!("{l} is {other}, not a list")),
        None => Err(format!("{l} has no type")),
    }
}

fn arg_index(i: usize) -> Result<u16, String> {
    u16::try_from(i).map_err(|_| "too many parameters".to_string())
}

fn finish_body(code: Code, locals: Vec<LocalVariable>) -> Result<body::Method, String> {
    let max = code.max_stack();
    let (instructions, exceptions) = code.finish()?;
    let mut m = body::Method::with_locals(locals, instructions);
    m.header.maximum_stack_size = max;
    m.header.initialize_locals = true;
    if !exceptions.is_empty() {
        m.data_sections = vec![body::DataSection::ExceptionHandlers(exceptions)];
    }
    Ok(m)
}
