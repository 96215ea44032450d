//! Parsing the IR text form produced by [`super::text`].

use super::*;

/// A parse error with its 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Int(i64),
    Str(String),
    Punct(&'static str),
}

fn lex(line: &str, lineno: usize) -> Result<Vec<Tok>, ParseError> {
    let err = |m: String| ParseError {
        line: lineno,
        message: m,
    };
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == ';' {
            break; // comment
        } else if c == '-' && chars.get(i + 1) == Some(&'>') {
            out.push(Tok::Punct("->"));
            i += 2;
        } else if c.is_ascii_digit()
            || (c == '-' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
        {
            let start = i;
            i += 1;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let s: String = chars[start..i].iter().collect();
            let n = s
                .parse::<i64>()
                .map_err(|_| err(format!("integer out of range: {s}")))?;
            out.push(Tok::Int(n));
        } else if c.is_alphabetic() || c == '_' || c == '$' {
            // Names: letters, digits, `_`, `$` (front-end generated names)
            // and `.` (methods: `Class.method`).
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || matches!(chars[i], '_' | '.' | '$'))
            {
                i += 1;
            }
            out.push(Tok::Ident(chars[start..i].iter().collect()));
        } else if c == '"' {
            i += 1;
            let mut s = String::new();
            loop {
                let Some(&ch) = chars.get(i) else {
                    return Err(err("unterminated string".into()));
                };
                i += 1;
                match ch {
                    '"' => break,
                    '\\' => {
                        let Some(&e) = chars.get(i) else {
                            return Err(err("unterminated escape".into()));
                        };
                        i += 1;
                        match e {
                            'n' => s.push('\n'),
                            't' => s.push('\t'),
                            'r' => s.push('\r'),
                            '\\' => s.push('\\'),
                            '"' => s.push('"'),
                            'x' => {
                                let hex: String = chars
                                    .get(i..i + 2)
                                    .map(|h| h.iter().collect())
                                    .unwrap_or_default();
                                let b = u8::from_str_radix(&hex, 16)
                                    .map_err(|_| err(format!("bad byte escape \\x{hex}")))?;
                                s.push(char::from(b));
                                i += 2;
                            }
                            'u' => {
                                if chars.get(i) != Some(&'{') {
                                    return Err(err("expected `{` after \\u".into()));
                                }
                                let start = i + 1;
                                let Some(end) = chars[start..].iter().position(|&c| c == '}')
                                else {
                                    return Err(err("unterminated \\u{...}".into()));
                                };
                                let hex: String = chars[start..start + end].iter().collect();
                                let cp = u32::from_str_radix(&hex, 16)
                                    .ok()
                                    .and_then(char::from_u32)
                                    .ok_or_else(|| err(format!("bad code point \\u{{{hex}}}")))?;
                                s.push(cp);
                                i = start + end + 1;
                            }
                            other => return Err(err(format!("unknown escape \\{other}"))),
                        }
                    }
                    _ => s.push(ch),
                }
            }
            out.push(Tok::Str(s));
        } else {
            let p = match c {
                '(' => "(",
                ')' => ")",
                '[' => "[",
                ']' => "]",
                '{' => "{",
                '}' => "}",
                ':' => ":",
                ',' => ",",
                '=' => "=",
                _ => return Err(err(format!("unexpected character `{c}`"))),
            };
            out.push(Tok::Punct(p));
            i += 1;
        }
    }
    Ok(out)
}

struct Line {
    toks: Vec<Tok>,
    pos: usize,
    lineno: usize,
}

impl Line {
    fn err<T>(&self, m: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError {
            line: self.lineno,
            message: m.into(),
        })
    }
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn at_end(&self) -> bool {
        self.pos >= self.toks.len()
    }
    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn ident(&mut self) -> Result<String, ParseError> {
        match self.next() {
            Some(Tok::Ident(s)) => Ok(s),
            other => self.err(format!("expected a name, found {other:?}")),
        }
    }
    fn keyword(&mut self, k: &str) -> Result<(), ParseError> {
        match self.next() {
            Some(Tok::Ident(s)) if s == k => Ok(()),
            other => self.err(format!("expected `{k}`, found {other:?}")),
        }
    }
    fn punct(&mut self, p: &str) -> Result<(), ParseError> {
        match self.next() {
            Some(Tok::Punct(q)) if q == p => Ok(()),
            other => self.err(format!("expected `{p}`, found {other:?}")),
        }
    }
    fn eat_punct(&mut self, p: &str) -> bool {
        if matches!(self.peek(), Some(Tok::Punct(q)) if *q == p) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn end(&self) -> Result<(), ParseError> {
        if self.at_end() {
            Ok(())
        } else {
            self.err(format!(
                "unexpected {:?} at end of line",
                self.toks[self.pos]
            ))
        }
    }
    fn ty(&mut self) -> Result<Type, ParseError> {
        let name = self.ident()?;
        Ok(match name.as_str() {
            "int" => Type::Int,
            "bool" => Type::Bool,
            "float" => Type::Float,
            "str" => Type::Str,
            "bytes" => Type::Bytes,
            "list" => {
                self.punct("[")?;
                let t = self.ty()?;
                self.punct("]")?;
                Type::List(Box::new(t))
            }
            _ => Type::Class(name),
        })
    }
    fn value(&mut self) -> Result<Value, ParseError> {
        let s = self.ident()?;
        parse_value(&s).map_or_else(|| self.err(format!("expected a value, found `{s}`")), Ok)
    }
    fn block_id(&mut self) -> Result<BlockId, ParseError> {
        let s = self.ident()?;
        parse_block(&s).map_or_else(|| self.err(format!("expected a block, found `{s}`")), Ok)
    }
    /// `v1, v2, v3` up to (not including) the closing punctuation.
    fn values_until(&mut self, close: &str) -> Result<Vec<Value>, ParseError> {
        let mut out = Vec::new();
        if self.eat_punct(close) {
            return Ok(out);
        }
        loop {
            out.push(self.value()?);
            if self.eat_punct(close) {
                return Ok(out);
            }
            self.punct(",")?;
        }
    }
    fn target(&mut self) -> Result<Target, ParseError> {
        let block = self.block_id()?;
        self.punct("(")?;
        let args = self.values_until(")")?;
        Ok(Target { block, args })
    }
}

fn parse_value(s: &str) -> Option<Value> {
    s.strip_prefix('v')?.parse().ok().map(Value)
}

fn parse_block(s: &str) -> Option<BlockId> {
    s.strip_prefix('b')?.parse().ok().map(BlockId)
}

/// Parse a whole module.
pub fn parse_module(src: &str) -> Result<Module, ParseError> {
    let mut lines = Vec::new();
    for (i, l) in src.lines().enumerate() {
        let toks = lex(l, i + 1)?;
        if !toks.is_empty() {
            lines.push(Line {
                toks,
                pos: 0,
                lineno: i + 1,
            });
        }
    }
    let mut module = Module {
        classes: vec![],
        functions: vec![],
    };
    let mut it = lines.into_iter().peekable();
    while let Some(mut line) = it.next() {
        let head = line.ident()?;
        match head.as_str() {
            "builtin" | "class" => {
                let builtin = head == "builtin";
                if builtin {
                    line.keyword("class")?;
                }
                let name = line.ident()?;
                let parent = if line.eat_punct(":") {
                    Some(line.ident()?)
                } else {
                    None
                };
                line.punct("{")?;
                line.end()?;
                let mut class = Class {
                    name,
                    parent,
                    fields: vec![],
                    methods: vec![],
                    builtin,
                };
                loop {
                    let Some(mut l) = it.next() else {
                        return line.err("class is not closed with `}`");
                    };
                    if l.eat_punct("}") {
                        l.end()?;
                        break;
                    }
                    match l.ident()?.as_str() {
                        "field" => {
                            let name = l.ident()?;
                            l.punct(":")?;
                            let ty = l.ty()?;
                            l.end()?;
                            class.fields.push(Field { name, ty });
                        }
                        "method" => {
                            class.methods.push(l.ident()?);
                            l.end()?;
                        }
                        other => {
                            return l.err(format!("expected `field` or `method`, found `{other}`"));
                        }
                    }
                }
                module.classes.push(class);
            }
            "fn" => {
                let f = parse_function(line, &mut it)?;
                module.functions.push(f);
            }
            other => return line.err(format!("expected `class` or `fn`, found `{other}`")),
        }
    }
    Ok(module)
}

fn parse_function(
    mut line: Line,
    it: &mut std::iter::Peekable<std::vec::IntoIter<Line>>,
) -> Result<Function, ParseError> {
    let name = line.ident()?;
    line.punct("(")?;
    let mut params = Vec::new();
    if !line.eat_punct(")") {
        loop {
            params.push(line.ty()?);
            if line.eat_punct(")") {
                break;
            }
            line.punct(",")?;
        }
    }
    let ret = if line.eat_punct("->") {
        Some(line.ty()?)
    } else {
        None
    };
    line.punct("{")?;
    line.end()?;
    let fn_line = line.lineno;
    let mut types: Vec<Option<Type>> = Vec::new();
    let mut define = |v: Value, t: Type, l: &Line| -> Result<(), ParseError> {
        let i = v.0 as usize;
        if types.len() <= i {
            types.resize(i + 1, None);
        }
        if types[i].is_some() {
            return l.err(format!("{v} is defined twice"));
        }
        types[i] = Some(t);
        Ok(())
    };
    let mut blocks: Vec<Block> = Vec::new();
    let mut current: Option<(Vec<Value>, Option<BlockId>, Vec<Inst>)> = None;
    loop {
        let Some(mut l) = it.next() else {
            return Err(ParseError {
                line: fn_line,
                message: format!("function `{name}` is not closed with `}}`"),
            });
        };
        if l.eat_punct("}") {
            l.end()?;
            if current.is_some() {
                return l.err("block has no terminator");
            }
            break;
        }
        let word = match l.peek() {
            Some(Tok::Ident(s)) => s.clone(),
            other => return l.err(format!("expected an instruction, found {other:?}")),
        };
        // Block header: `bN(params) [catch bM]:`
        if let Some(id) = parse_block(&word)
            && matches!(l.toks.get(1), Some(Tok::Punct("(")))
        {
            if current.is_some() {
                return l.err("previous block has no terminator");
            }
            if id.0 as usize != blocks.len() {
                return l.err(format!("expected block b{}, found {id}", blocks.len()));
            }
            l.pos = 2;
            let mut ps = Vec::new();
            if !l.eat_punct(")") {
                loop {
                    let v = l.value()?;
                    l.punct(":")?;
                    let t = l.ty()?;
                    define(v, t, &l)?;
                    ps.push(v);
                    if l.eat_punct(")") {
                        break;
                    }
                    l.punct(",")?;
                }
            }
            let catch = if matches!(l.peek(), Some(Tok::Ident(s)) if s == "catch") {
                l.pos += 1;
                Some(l.block_id()?)
            } else {
                None
            };
            l.punct(":")?;
            l.end()?;
            current = Some((ps, catch, Vec::new()));
            continue;
        }
        let Some((_, _, insts)) = current.as_mut() else {
            return l.err("instruction outside a block");
        };
        // Terminators.
        let term = match word.as_str() {
            "jump" => {
                l.pos += 1;
                Some(Terminator::Jump(l.target()?))
            }
            "br" => {
                l.pos += 1;
                let cond = l.value()?;
                l.punct(",")?;
                let then = l.target()?;
                l.punct(",")?;
                let else_ = l.target()?;
                Some(Terminator::Branch { cond, then, else_ })
            }
            "ret" => {
                l.pos += 1;
                if l.at_end() {
                    Some(Terminator::Return(None))
                } else {
                    Some(Terminator::Return(Some(l.value()?)))
                }
            }
            "raise" => {
                l.pos += 1;
                Some(Terminator::Raise(l.value()?))
            }
            "unreachable" => {
                l.pos += 1;
                Some(Terminator::Unreachable)
            }
            _ => None,
        };
        if let Some(term) = term {
            l.end()?;
            if let Some((params, catch, insts)) = current.take() {
                blocks.push(Block {
                    params,
                    insts,
                    term,
                    catch,
                });
            }
            continue;
        }
        // Instructions: `[vN: T =] op operands`.
        let mut result = None;
        if let Some(v) = parse_value(&word) {
            l.pos += 1;
            l.punct(":")?;
            let t = l.ty()?;
            l.punct("=")?;
            result = Some((v, t));
        }
        let op = parse_op(&mut l)?;
        l.end()?;
        if let Some((v, t)) = result {
            define(v, t, &l)?;
            insts.push(Inst {
                result: Some(v),
                op,
            });
        } else {
            insts.push(Inst { result: None, op });
        }
    }
    let value_types = types.into_iter().map(|t| t.unwrap_or(Type::Int)).collect();
    Ok(Function {
        name,
        params,
        ret,
        blocks,
        value_types,
    })
}

fn split_member(l: &Line, s: &str) -> Result<(String, String), ParseError> {
    match s.rsplit_once('.') {
        Some((a, b)) => Ok((a.to_string(), b.to_string())),
        None => l.err(format!("expected `Class.member`, found `{s}`")),
    }
}

fn parse_op(l: &mut Line) -> Result<Op, ParseError> {
    let name = l.ident()?;
    for b in BinOp::ALL {
        if name == b.mnemonic() {
            let x = l.value()?;
            l.punct(",")?;
            let y = l.value()?;
            return Ok(Op::Bin(b, x, y));
        }
    }
    if let Some(p) = Prim::from_mnemonic(&name) {
        let mut args = Vec::new();
        if !l.at_end() {
            loop {
                args.push(l.value()?);
                if l.at_end() {
                    break;
                }
                l.punct(",")?;
            }
        }
        return Ok(Op::Prim(p, args));
    }
    let two = |l: &mut Line| -> Result<(Value, Value), ParseError> {
        let x = l.value()?;
        l.punct(",")?;
        Ok((x, l.value()?))
    };
    Ok(match name.as_str() {
        "const" => match l.next() {
            Some(Tok::Int(i)) => Op::ConstInt(i),
            Some(Tok::Str(s)) => Op::ConstStr(s),
            Some(Tok::Ident(s)) if s == "true" => Op::ConstBool(true),
            Some(Tok::Ident(s)) if s == "false" => Op::ConstBool(false),
            other => return l.err(format!("expected a constant, found {other:?}")),
        },
        "neg" => Op::Neg(l.value()?),
        "not" => Op::Not(l.value()?),
        "bool.eq" => {
            let (a, b) = two(l)?;
            Op::BoolEq(a, b)
        }
        "str.concat" => {
            let (a, b) = two(l)?;
            Op::StrConcat(a, b)
        }
        "str.eq" => {
            let (a, b) = two(l)?;
            Op::StrEq(a, b)
        }
        "str.len" => Op::StrLen(l.value()?),
        "int.str" => Op::IntToStr(l.value()?),
        "bool.str" => Op::BoolToStr(l.value()?),
        "call" => {
            let func = l.ident()?;
            l.punct("(")?;
            Op::Call {
                func,
                args: l.values_until(")")?,
            }
        }
        "callvirt" => {
            let m = l.ident()?;
            let (class, method) = split_member(l, &m)?;
            l.punct("(")?;
            Op::CallVirtual {
                class,
                method,
                args: l.values_until(")")?,
            }
        }
        "new" => Op::New(l.ident()?),
        "getfield" => {
            let m = l.ident()?;
            let (class, field) = split_member(l, &m)?;
            Op::GetField {
                class,
                field,
                obj: l.value()?,
            }
        }
        "setfield" => {
            let m = l.ident()?;
            let (class, field) = split_member(l, &m)?;
            let (obj, value) = two(l)?;
            Op::SetField {
                class,
                field,
                obj,
                value,
            }
        }
        "list.new" => {
            let elem = l.ty()?;
            l.punct("[")?;
            Op::ListNew {
                elem,
                items: l.values_until("]")?,
            }
        }
        "list.get" => {
            let (a, b) = two(l)?;
            Op::ListGet(a, b)
        }
        "list.set" => {
            let (a, b) = two(l)?;
            l.punct(",")?;
            Op::ListSet(a, b, l.value()?)
        }
        "list.len" => Op::ListLen(l.value()?),
        "list.append" => {
            let (a, b) = two(l)?;
            Op::ListAppend(a, b)
        }
        "list.pop" => Op::ListPop(l.value()?),
        "list.popat" => {
            let (a, b) = two(l)?;
            Op::ListPopAt(a, b)
        }
        "list.extend" => {
            let (a, b) = two(l)?;
            Op::ListExtend(a, b)
        }
        "instanceof" => {
            let class = l.ident()?;
            Op::InstanceOf {
                class,
                value: l.value()?,
            }
        }
        "cast" => {
            let class = l.ident()?;
            Op::Cast {
                class,
                value: l.value()?,
            }
        }
        "print" => Op::Print(l.value()?),
        "fconst" => match l.next() {
            Some(Tok::Str(s)) => match s.parse::<f64>() {
                Ok(f) => Op::ConstFloat(f.to_bits()),
                Err(_) => return l.err(format!("bad float constant \"{s}\"")),
            },
            other => return l.err(format!("expected a quoted float, found {other:?}")),
        },
        "bconst" => match l.next() {
            Some(Tok::Str(s)) => {
                let mut bytes = Vec::new();
                for c in s.chars() {
                    match u8::try_from(u32::from(c)) {
                        Ok(b) => bytes.push(b),
                        Err(_) => return l.err("bytes constant holds a non-byte character"),
                    }
                }
                Op::ConstBytes(bytes)
            }
            other => return l.err(format!("expected a quoted bytes constant, found {other:?}")),
        },
        "null" => Op::ConstNull(l.ty()?),
        "globals" => Op::Globals,
        other => return l.err(format!("unknown operation `{other}`")),
    })
}
