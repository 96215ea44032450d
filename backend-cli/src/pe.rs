//! Our own PE image for the assembly dotnetdll produced.
//!
//! dotnetdll's writer has layout problems that Mono 6.8's verifier (and
//! ECMA-335) reject: SectionAlignment 0x200, a metadata root that is not
//! 4-aligned, the version string "Standard CLI 2005", a wall-clock
//! timestamp and a zero MVID. Its branch encoding is also unreliable (the
//! short/long decision is made from instruction indices in one pass and
//! from byte offsets in the other, so long methods get wrong branch and
//! handler offsets).
//!
//! So we keep from its output only what it does right (the metadata
//! tables and heaps, and every instruction's bytes with the metadata
//! tokens it assigned) and link a new image ourselves:
//! - every method body is re-encoded from the instruction list we gave
//!   dotnetdll: non-branch instructions are copied byte for byte, branches
//!   and exception clauses are laid out here (short forms when they fit),
//!   with our own maxstack;
//! - a PE32 image, ILONLY (AnyCPU), SectionAlignment 0x2000 and
//!   FileAlignment 0x200, a `.text` section (IAT, CLI header, bodies,
//!   metadata root with version `v4.0.30319`, import table, entry stub) and
//!   a `.reloc` section;
//! - the MethodDef RVAs are patched to the new bodies; the timestamp and
//!   the MVID are derived from a hash of the image (reproducible output).

use dotnetdll::prelude::{Instruction, body};

const SECTION_ALIGN: u32 = 0x2000;
const FILE_ALIGN: u32 = 0x200;
const IMAGE_BASE: u32 = 0x0040_0000;
const TEXT_RVA: u32 = 0x2000;
const METADATA_VERSION: &str = "v4.0.30319";

fn rd16(d: &[u8], o: usize) -> Result<u16, String> {
    d.get(o..o + 2)
        .map(|b| u16::from_le_bytes([b[0], b[1]]))
        .ok_or_else(|| format!("truncated image (u16 at {o:#x})"))
}

fn rd32(d: &[u8], o: usize) -> Result<u32, String> {
    d.get(o..o + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or_else(|| format!("truncated image (u32 at {o:#x})"))
}

fn align(v: u32, a: u32) -> u32 {
    v.div_ceil(a) * a
}

fn pad_to(buf: &mut Vec<u8>, a: usize) {
    while !buf.len().is_multiple_of(a) {
        buf.push(0);
    }
}

fn put16(buf: &mut Vec<u8>, v: u16) {
    buf.extend_from_slice(&v.to_le_bytes());
}

fn put32(buf: &mut Vec<u8>, v: u32) {
    buf.extend_from_slice(&v.to_le_bytes());
}

fn set32(buf: &mut [u8], o: usize, v: u32) -> Result<(), String> {
    let s = buf
        .get_mut(o..o + 4)
        .ok_or_else(|| format!("patch out of range at {o:#x}"))?;
    s.copy_from_slice(&v.to_le_bytes());
    Ok(())
}

struct Section {
    va: u32,
    vsize: u32,
    raw_ptr: u32,
    raw_size: u32,
}

/// The parts of dotnetdll's image we read.
struct Input<'a> {
    data: &'a [u8],
    sections: Vec<Section>,
}

impl<'a> Input<'a> {
    fn parse(data: &'a [u8]) -> Result<Input<'a>, String> {
        if data.get(0..2) != Some(b"MZ") {
            return Err("not a PE image".into());
        }
        let pe = rd32(data, 0x3c)? as usize;
        if data.get(pe..pe + 4) != Some(b"PE\0\0") {
            return Err("missing PE signature".into());
        }
        let nsec = rd16(data, pe + 6)? as usize;
        let opt_size = rd16(data, pe + 20)? as usize;
        let sec_off = pe + 24 + opt_size;
        let mut sections = Vec::new();
        for i in 0..nsec {
            let s = sec_off + i * 40;
            sections.push(Section {
                vsize: rd32(data, s + 8)?,
                va: rd32(data, s + 12)?,
                raw_size: rd32(data, s + 16)?,
                raw_ptr: rd32(data, s + 20)?,
            });
        }
        Ok(Input { data, sections })
    }

    fn cli_header_rva(&self) -> Result<u32, String> {
        let pe = rd32(self.data, 0x3c)? as usize;
        let opt = pe + 24;
        let dirs = match rd16(self.data, opt)? {
            0x10b => opt + 96,
            0x20b => opt + 112,
            m => return Err(format!("unknown optional header magic {m:#x}")),
        };
        rd32(self.data, dirs + 14 * 8)
    }

    fn at(&self, rva: u32, len: usize) -> Result<&'a [u8], String> {
        for s in &self.sections {
            let size = s.vsize.max(s.raw_size);
            if rva >= s.va && rva < s.va + size {
                let off = (rva - s.va + s.raw_ptr) as usize;
                return self
                    .data
                    .get(off..off + len)
                    .ok_or_else(|| format!("RVA {rva:#x}+{len} outside the file"));
            }
        }
        Err(format!("RVA {rva:#x} in no section"))
    }

    /// Bytes from an RVA to the end of its section.
    fn rest(&self, rva: u32) -> Result<&'a [u8], String> {
        for s in &self.sections {
            if rva >= s.va && rva < s.va + s.raw_size {
                let off = (rva - s.va + s.raw_ptr) as usize;
                let end = (s.raw_ptr + s.raw_size) as usize;
                return self
                    .data
                    .get(off..end.min(self.data.len()))
                    .ok_or_else(|| format!("RVA {rva:#x} outside the file"));
            }
        }
        Err(format!("RVA {rva:#x} in no section"))
    }
}

struct Stream {
    name: String,
    data: Vec<u8>,
}

/// Layout facts about the `#~` stream that we patch.
struct Tables {
    methoddef_start: usize,
    methoddef_row: usize,
    methoddef_rows: usize,
    module_mvid: Option<(usize, usize)>, // (offset of the guid index, its size)
}

fn table_layout(t: &[u8]) -> Result<Tables, String> {
    let heap_sizes = *t.get(6).ok_or("truncated #~ stream")?;
    let valid = u64::from_le_bytes(
        t.get(8..16)
            .ok_or("truncated #~ stream")?
            .try_into()
            .map_err(|_| "bad #~ header")?,
    );
    let mut rows = [0u32; 64];
    let mut off = 24;
    for (i, r) in rows.iter_mut().enumerate() {
        if valid & (1u64 << i) != 0 {
            *r = rd32(t, off)?;
            off += 4;
        }
    }
    let str_idx = if heap_sizes & 1 != 0 { 4 } else { 2 };
    let guid_idx = if heap_sizes & 2 != 0 { 4 } else { 2 };
    let blob_idx = if heap_sizes & 4 != 0 { 4 } else { 2 };
    let simple = |tab: usize| if rows[tab] < 0x10000 { 2 } else { 4 };
    let coded = |tabs: &[usize], bits: u32| {
        let max = tabs.iter().map(|&x| rows[x]).max().unwrap_or(0);
        if max < (1u32 << (16 - bits)) { 2 } else { 4 }
    };
    if rows[0x03] != 0 || rows[0x05] != 0 {
        return Err("unsupported metadata: FieldPtr/MethodPtr tables".into());
    }
    if rows[0x1d] != 0 {
        return Err("unsupported metadata: FieldRVA table".into());
    }
    let module_row = 2 + str_idx + 3 * guid_idx;
    let typeref_row = coded(&[0x00, 0x1a, 0x23, 0x01], 2) + 2 * str_idx;
    let typedef_row = 4 + 2 * str_idx + coded(&[0x02, 0x01, 0x1b], 2) + simple(0x04) + simple(0x06);
    let field_row = 2 + str_idx + blob_idx;
    let methoddef_row = 4 + 2 + 2 + str_idx + blob_idx + simple(0x08);
    let module_start = off;
    let methoddef_start = off
        + rows[0x00] as usize * module_row
        + rows[0x01] as usize * typeref_row
        + rows[0x02] as usize * typedef_row
        + rows[0x04] as usize * field_row;
    let module_mvid = if rows[0x00] > 0 {
        Some((module_start + 2 + str_idx, guid_idx))
    } else {
        None
    };
    let methoddef_rows = rows[0x06] as usize;
    if methoddef_start + methoddef_rows * methoddef_row > t.len() {
        return Err("MethodDef table outside the #~ stream".into());
    }
    Ok(Tables {
        methoddef_start,
        methoddef_row,
        methoddef_rows,
        module_mvid,
    })
}

/// Operand size of an IL instruction (after its opcode bytes), for the
/// opcodes of ECMA-335 Partition III.
fn operand_size(code: &[u8], at: usize) -> Result<(usize, usize), String> {
    let op = *code.get(at).ok_or("truncated IL")?;
    let one = |n: usize| Ok((1, n));
    match op {
        0x00..=0x0d | 0x14..=0x1e | 0x25 | 0x26 | 0x2a => one(0),
        0x0e..=0x13 | 0x1f => one(1),
        0x20 | 0x22 => one(4),
        0x21 | 0x23 => one(8),
        0x27..=0x29 => one(4),
        0x2b..=0x37 => one(1),
        0x38..=0x44 => one(4),
        0x45 => {
            let n = rd32(code, at + 1)? as usize;
            Ok((1, 4 + 4 * n))
        }
        0x46..=0x6e => one(0),
        0x6f..=0x75 => one(4),
        0x76 | 0x7a => one(0),
        0x79 | 0x7b..=0x81 => one(4),
        0x82..=0x8b => one(0),
        0x8c | 0x8d => one(4),
        0x8e => one(0),
        0x8f => one(4),
        0x90..=0xa2 => one(0),
        0xa3..=0xa5 => one(4),
        0xb3..=0xba => one(0),
        0xc2 | 0xc6 => one(4),
        0xc3 => one(0),
        0xd0 => one(4),
        0xd1..=0xdc => one(0),
        0xdd => one(4),
        0xde => one(1),
        0xdf | 0xe0 => one(0),
        0xfe => {
            let op2 = *code.get(at + 1).ok_or("truncated IL")?;
            let two = |n: usize| Ok((2, n));
            match op2 {
                0x00..=0x05 => two(0),
                0x06 | 0x07 => two(4),
                0x09..=0x0e => two(2),
                0x0f | 0x11 => two(0),
                0x12 => two(1),
                0x13 | 0x14 => two(0),
                0x15 | 0x16 => two(4),
                0x17 | 0x18 => two(0),
                0x19 => two(1),
                0x1a => two(0),
                0x1c => two(4),
                0x1d | 0x1e => two(0),
                _ => Err(format!("unknown IL opcode fe {op2:02x}")),
            }
        }
        _ => Err(format!("unknown IL opcode {op:02x}")),
    }
}

/// A method body as dotnetdll wrote it.
struct OldBody<'a> {
    code: &'a [u8],
    local_sig: u32,
    catch_tokens: Vec<u32>,
}

fn parse_body<'a>(b: &'a [u8], clauses: &[&body::Exception]) -> Result<OldBody<'a>, String> {
    let first = *b.first().ok_or("empty method body")?;
    match first & 3 {
        2 => {
            let size = (first >> 2) as usize;
            let code = b.get(1..1 + size).ok_or("truncated tiny method body")?;
            Ok(OldBody {
                code,
                local_sig: 0,
                catch_tokens: vec![],
            })
        }
        3 => {
            let flags = rd16(b, 0)?;
            let hsize = ((flags >> 12) as usize) * 4;
            let size = rd32(b, 4)? as usize;
            let local_sig = rd32(b, 8)?;
            let code = b
                .get(hsize..hsize + size)
                .ok_or("truncated fat method body")?;
            let mut catch_tokens = Vec::new();
            if flags & 0x08 != 0 && !clauses.is_empty() {
                let at = (hsize + size).div_ceil(4) * 4;
                catch_tokens = read_catch_tokens(b, at, code, clauses)?;
            }
            Ok(OldBody {
                code,
                local_sig,
                catch_tokens,
            })
        }
        _ => Err("unknown method header format".into()),
    }
}

/// The class token of each clause in dotnetdll's exception section at
/// `at` (one section holding every clause, in the order we gave them).
///
/// A small section's length byte overflows past 20 clauses, so the clauses
/// we gave are what tells how many to read. In a fat section, dotnetdll
/// writes each clause in one of two forms: 11 bytes (flags as one byte,
/// offsets and lengths in the small widths, no padding) when it thinks the
/// clause fits the small form, else the 24-byte fat form. It decides from
/// its own byte offsets, which are wrong in long methods (see the module
/// comment), so we cannot recompute its choice: we recognise the form
/// written from the lengths, which dotnetdll does get right.
fn read_catch_tokens(
    b: &[u8],
    at: usize,
    code: &[u8],
    clauses: &[&body::Exception],
) -> Result<Vec<u32>, String> {
    // Byte offset of each instruction boundary in dotnetdll's code.
    let mut starts = vec![0usize];
    let mut i = 0;
    while i < code.len() {
        let (opn, opd) = operand_size(code, i)?;
        i += opn + opd;
        starts.push(i);
    }
    let byte = |i: usize| -> Result<usize, String> {
        starts
            .get(i)
            .copied()
            .ok_or_else(|| "exception clause outside the method".to_string())
    };
    let kind = *b.get(at).ok_or("truncated method data section")?;
    if kind & 0x01 == 0 {
        return Err("unexpected method data section".into());
    }
    let fat_section = kind & 0x40 != 0;
    let mut c = at + 4;
    let mut tokens = Vec::with_capacity(clauses.len());
    for cl in clauses {
        let try_len = byte(cl.try_offset + cl.try_length)? - byte(cl.try_offset)?;
        let handler_len = byte(cl.handler_offset + cl.handler_length)? - byte(cl.handler_offset)?;
        let (tok_at, len) = if !fat_section {
            (c + 8, 12)
        } else {
            // The compact form has the try length in byte 3 and the
            // handler length in byte 6; the fat form has them as u32s at
            // 8 and 16, and byte 3 is the top byte of the flags (zero). A
            // protected region is never empty, so at most one form fits.
            let compact = try_len < 256
                && handler_len < 256
                && b.get(c + 3) == Some(&(try_len as u8))
                && b.get(c + 6) == Some(&(handler_len as u8));
            let fat = rd32(b, c + 8).ok() == Some(try_len as u32)
                && rd32(b, c + 16).ok() == Some(handler_len as u32);
            match (compact, fat) {
                (true, false) => (c + 7, 11),
                (false, true) => (c + 20, 24),
                _ => return Err("unreadable exception clause in dotnetdll's output".into()),
            }
        };
        tokens.push(rd32(b, tok_at)?);
        c += len;
    }
    Ok(tokens)
}

#[derive(Clone, Copy)]
enum Br {
    Always,
    True,
    Leave,
}

impl Br {
    fn of(i: &Instruction) -> Option<(Br, usize)> {
        match i {
            Instruction::Branch(t) => Some((Br::Always, *t)),
            Instruction::BranchTruthy(t) => Some((Br::True, *t)),
            Instruction::Leave(t) => Some((Br::Leave, *t)),
            _ => None,
        }
    }
    fn opcode(self, short: bool) -> u8 {
        match (self, short) {
            (Br::Always, true) => 0x2b,
            (Br::Always, false) => 0x38,
            (Br::True, true) => 0x2d,
            (Br::True, false) => 0x3a,
            (Br::Leave, true) => 0xde,
            (Br::Leave, false) => 0xdd,
        }
    }
}

/// Re-encode one body: our branches and clauses, dotnetdll's other bytes.
fn relink_body(old: &OldBody<'_>, m: &body::Method) -> Result<Vec<u8>, String> {
    // Split the old code into instructions.
    let mut pieces: Vec<&[u8]> = Vec::with_capacity(m.instructions.len());
    let mut at = 0;
    while at < old.code.len() {
        let (opn, opd) = operand_size(old.code, at)?;
        let end = at + opn + opd;
        pieces.push(old.code.get(at..end).ok_or("truncated IL")?);
        at = end;
    }
    if pieces.len() != m.instructions.len() {
        return Err(format!(
            "internal error: {} IL instructions written for {} given",
            pieces.len(),
            m.instructions.len()
        ));
    }
    let n = pieces.len();
    let branches: Vec<Option<(Br, usize)>> = m.instructions.iter().map(Br::of).collect();
    for (i, b) in branches.iter().enumerate() {
        if let Some((_, t)) = b
            && *t >= n
        {
            return Err(format!(
                "internal error: branch at {i} to missing instruction {t}"
            ));
        }
    }
    // Start with every branch short; lengthen those that do not fit.
    let mut short = vec![true; n];
    let mut offsets = vec![0usize; n + 1];
    loop {
        for i in 0..n {
            let size = match branches[i] {
                Some(_) if short[i] => 2,
                Some(_) => 5,
                None => pieces[i].len(),
            };
            offsets[i + 1] = offsets[i] + size;
        }
        let mut changed = false;
        for i in 0..n {
            if let Some((_, t)) = branches[i]
                && short[i]
            {
                let rel = offsets[t] as i64 - offsets[i + 1] as i64;
                if i8::try_from(rel).is_err() {
                    short[i] = false;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut code = Vec::with_capacity(offsets[n]);
    for i in 0..n {
        match branches[i] {
            Some((kind, t)) => {
                let rel = offsets[t] as i64 - offsets[i + 1] as i64;
                code.push(kind.opcode(short[i]));
                if short[i] {
                    code.push(rel as i8 as u8);
                } else {
                    let r = i32::try_from(rel).map_err(|_| "method too large")?;
                    code.extend_from_slice(&r.to_le_bytes());
                }
            }
            None => code.extend_from_slice(pieces[i]),
        }
    }
    let clauses: Vec<&body::Exception> = m
        .data_sections
        .iter()
        .flat_map(|s| match s {
            body::DataSection::ExceptionHandlers(e) => e.iter().collect::<Vec<_>>(),
            body::DataSection::Unrecognized { .. } => vec![],
        })
        .collect();
    if clauses.len() != old.catch_tokens.len() {
        return Err("internal error: exception clauses differ from the written ones".into());
    }
    let max_stack = u16::try_from(m.header.maximum_stack_size).map_err(|_| "stack too deep")?;
    let code_size = u32::try_from(code.len()).map_err(|_| "method too large")?;
    let mut out = Vec::new();
    if old.local_sig == 0
        && !m.header.initialize_locals
        && clauses.is_empty()
        && code.len() < 64
        && max_stack <= 8
    {
        out.push(((code.len() as u8) << 2) | 2);
        out.extend_from_slice(&code);
        return Ok(out);
    }
    let mut flags: u16 = 0x3003;
    if m.header.initialize_locals {
        flags |= 0x10;
    }
    if !clauses.is_empty() {
        flags |= 0x08;
    }
    put16(&mut out, flags);
    put16(&mut out, max_stack);
    put32(&mut out, code_size);
    put32(&mut out, old.local_sig);
    out.extend_from_slice(&code);
    if !clauses.is_empty() {
        pad_to(&mut out, 4);
        let size = 4 + 24 * clauses.len();
        if size >= 1 << 24 {
            return Err("too many exception clauses".into());
        }
        put32(&mut out, 0x41 | ((size as u32) << 8));
        for (c, tok) in clauses.iter().zip(&old.catch_tokens) {
            let flag = match c.kind {
                body::ExceptionKind::TypedException(_) => 0,
                body::ExceptionKind::Filter { .. } => {
                    return Err("filters are not supported".into());
                }
                body::ExceptionKind::Finally => 2,
                body::ExceptionKind::Fault => 4,
            };
            let pos = |i: usize| -> Result<u32, String> {
                offsets
                    .get(i)
                    .map(|&o| o as u32)
                    .ok_or_else(|| "exception clause outside the method".to_string())
            };
            let ts = pos(c.try_offset)?;
            let te = pos(c.try_offset + c.try_length)?;
            let hs = pos(c.handler_offset)?;
            let he = pos(c.handler_offset + c.handler_length)?;
            put32(&mut out, flag);
            put32(&mut out, ts);
            put32(&mut out, te - ts);
            put32(&mut out, hs);
            put32(&mut out, he - hs);
            put32(&mut out, *tok);
        }
    }
    Ok(out)
}

/// FNV-1a, 128 bits: our content hash.
pub fn hash128(parts: &[&[u8]]) -> u128 {
    let mut h: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for p in parts {
        for &b in *p {
            h ^= u128::from(b);
            h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
        }
        // Separate the parts.
        h ^= 0xff;
        h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
    }
    h
}

/// Build our image from dotnetdll's; `bodies` lists, in MethodDef order,
/// the body given to dotnetdll for each method.
pub fn relink(input: &[u8], bodies: &[Option<&body::Method>]) -> Result<Vec<u8>, String> {
    let pe = Input::parse(input)?;
    let cli_rva = pe.cli_header_rva()?;
    let cli = pe.at(cli_rva, 72)?;
    let md_rva = rd32(cli, 8)?;
    let md_size = rd32(cli, 12)? as usize;
    let entry_token = rd32(cli, 20)?;
    if rd32(cli, 28)? != 0 {
        return Err("unsupported: managed resources".into());
    }
    let md = pe.at(md_rva, md_size)?;
    if rd32(md, 0)? != 0x424a_5342 {
        return Err("bad metadata signature".into());
    }
    let vlen = rd32(md, 12)? as usize;
    let mut at = 16 + vlen + 2;
    let nstreams = rd16(md, at)? as usize;
    at += 2;
    let mut streams = Vec::new();
    for _ in 0..nstreams {
        let off = rd32(md, at)? as usize;
        let size = rd32(md, at + 4)? as usize;
        at += 8;
        let name_end = md[at..]
            .iter()
            .position(|&b| b == 0)
            .ok_or("bad stream name")?;
        let name = String::from_utf8_lossy(&md[at..at + name_end]).into_owned();
        at += (name_end + 1).div_ceil(4) * 4;
        let data = md
            .get(off..off + size)
            .ok_or("stream outside metadata")?
            .to_vec();
        streams.push(Stream { name, data });
    }
    let ti = streams
        .iter()
        .position(|s| s.name == "#~")
        .ok_or("no #~ stream")?;
    let layout = table_layout(&streams[ti].data)?;
    if layout.methoddef_rows != bodies.len() {
        return Err(format!(
            "internal error: {} MethodDef rows for {} methods",
            layout.methoddef_rows,
            bodies.len()
        ));
    }

    // New bodies.
    let code_rva = align(TEXT_RVA + 8 + 72, 16);
    let mut code_blob: Vec<u8> = Vec::new();
    let mut new_rvas = Vec::with_capacity(bodies.len());
    for (k, b) in bodies.iter().enumerate() {
        let row = layout.methoddef_start + k * layout.methoddef_row;
        let old_rva = rd32(&streams[ti].data, row)?;
        match (b, old_rva) {
            (None, 0) => new_rvas.push(0),
            (Some(m), rva) if rva != 0 => {
                let clauses: Vec<&body::Exception> = m
                    .data_sections
                    .iter()
                    .flat_map(|s| match s {
                        body::DataSection::ExceptionHandlers(e) => e.iter().collect::<Vec<_>>(),
                        body::DataSection::Unrecognized { .. } => vec![],
                    })
                    .collect();
                let old = parse_body(pe.rest(rva)?, &clauses)?;
                let bytes = relink_body(&old, m)?;
                pad_to(&mut code_blob, 4);
                new_rvas.push(code_rva + code_blob.len() as u32);
                code_blob.extend_from_slice(&bytes);
            }
            _ => {
                return Err(
                    "internal error: method bodies do not match the MethodDef table".into(),
                );
            }
        }
    }
    for (k, rva) in new_rvas.iter().enumerate() {
        let row = layout.methoddef_start + k * layout.methoddef_row;
        set32(&mut streams[ti].data, row, *rva)?;
    }
    // MVID: zero for hashing, patched at the end.
    let mvid_at = match layout.module_mvid {
        Some((off, size)) => {
            let t = &streams[ti].data;
            let idx = if size == 2 {
                rd16(t, off)? as usize
            } else {
                rd32(t, off)? as usize
            };
            if idx == 0 {
                None
            } else {
                let gi = streams
                    .iter()
                    .position(|s| s.name == "#GUID")
                    .ok_or("MVID without a #GUID stream")?;
                let start = (idx - 1) * 16;
                let g = streams[gi]
                    .data
                    .get_mut(start..start + 16)
                    .ok_or("MVID outside the #GUID stream")?;
                g.fill(0);
                Some((gi, start))
            }
        }
        None => None,
    };

    // Metadata root.
    let mut version = METADATA_VERSION.as_bytes().to_vec();
    version.push(0);
    pad_to(&mut version, 4);
    for s in &mut streams {
        pad_to(&mut s.data, 4);
    }
    let headers_size: usize = streams
        .iter()
        .map(|s| 8 + (s.name.len() + 1).div_ceil(4) * 4)
        .sum();
    let root_size = 16 + version.len() + 4 + headers_size;
    let mut meta = Vec::new();
    put32(&mut meta, 0x424a_5342);
    put16(&mut meta, 1);
    put16(&mut meta, 1);
    put32(&mut meta, 0);
    put32(&mut meta, version.len() as u32);
    meta.extend_from_slice(&version);
    put16(&mut meta, 0);
    put16(&mut meta, streams.len() as u16);
    let mut off = root_size;
    let mut stream_offsets = Vec::new();
    for s in &streams {
        put32(&mut meta, off as u32);
        put32(&mut meta, s.data.len() as u32);
        meta.extend_from_slice(s.name.as_bytes());
        meta.push(0);
        pad_to(&mut meta, 4);
        stream_offsets.push(off);
        off += s.data.len();
    }
    for s in &streams {
        meta.extend_from_slice(&s.data);
    }

    // .text: IAT, CLI header, bodies, metadata, imports, entry stub.
    let mut text: Vec<u8> = vec![0; 8 + 72];
    pad_to(&mut text, 16);
    text.extend_from_slice(&code_blob);
    pad_to(&mut text, 4);
    let meta_rva = TEXT_RVA + text.len() as u32;
    let meta_len = meta.len() as u32;
    text.extend_from_slice(&meta);
    pad_to(&mut text, 4);
    let import_dir_rva = TEXT_RVA + text.len() as u32;
    text.extend_from_slice(&[0; 40]);
    let ilt_rva = TEXT_RVA + text.len() as u32;
    text.extend_from_slice(&[0; 8]);
    let hint_rva = TEXT_RVA + text.len() as u32;
    text.extend_from_slice(&[0, 0]);
    text.extend_from_slice(b"_CorExeMain\0");
    pad_to(&mut text, 2);
    let dll_name_rva = TEXT_RVA + text.len() as u32;
    text.extend_from_slice(b"mscoree.dll\0");
    pad_to(&mut text, 4);
    text.extend_from_slice(&[0, 0]);
    let stub_rva = TEXT_RVA + text.len() as u32;
    text.extend_from_slice(&[0xff, 0x25]);
    put32(&mut text, IMAGE_BASE + TEXT_RVA);
    let text_vsize = text.len() as u32;
    // IAT and import lookup table.
    set32(&mut text, 0, hint_rva)?;
    set32(&mut text, (ilt_rva - TEXT_RVA) as usize, hint_rva)?;
    let idir = (import_dir_rva - TEXT_RVA) as usize;
    set32(&mut text, idir, ilt_rva)?;
    set32(&mut text, idir + 12, dll_name_rva)?;
    set32(&mut text, idir + 16, TEXT_RVA)?;
    // CLI header.
    {
        let mut h = Vec::with_capacity(72);
        put32(&mut h, 72);
        put16(&mut h, 2);
        put16(&mut h, 5);
        put32(&mut h, meta_rva);
        put32(&mut h, meta_len);
        put32(&mut h, 1); // COMIMAGE_FLAGS_ILONLY
        put32(&mut h, entry_token);
        h.resize(72, 0);
        text[8..80].copy_from_slice(&h);
    }
    let text_raw = align(text_vsize, FILE_ALIGN);
    text.resize(text_raw as usize, 0);

    // .reloc: the stub's absolute address.
    let reloc_rva = align(TEXT_RVA + text_vsize, SECTION_ALIGN);
    let fix = stub_rva + 2;
    let mut reloc = Vec::new();
    put32(&mut reloc, fix & !0xfff);
    put32(&mut reloc, 12);
    put16(&mut reloc, 0x3000 | (fix & 0xfff) as u16);
    put16(&mut reloc, 0);
    let reloc_vsize = reloc.len() as u32;
    reloc.resize(FILE_ALIGN as usize, 0);
    let image_size = align(reloc_rva + reloc_vsize, SECTION_ALIGN);

    // Headers.
    let mut out: Vec<u8> = Vec::new();
    out.extend_from_slice(b"MZ");
    out.resize(0x3c, 0);
    put32(&mut out, 0x80);
    out.extend_from_slice(&[
        0x0e, 0x1f, 0xba, 0x0e, 0x00, 0xb4, 0x09, 0xcd, 0x21, 0xb8, 0x01, 0x4c, 0xcd, 0x21,
    ]);
    out.extend_from_slice(b"This program cannot be run in DOS mode.\r\r\n$");
    out.resize(0x80, 0);
    out.extend_from_slice(b"PE\0\0");
    put16(&mut out, 0x14c); // i386 (ILONLY: any CPU)
    put16(&mut out, 2);
    let timestamp_at = out.len();
    put32(&mut out, 0);
    put32(&mut out, 0);
    put32(&mut out, 0);
    put16(&mut out, 224);
    put16(&mut out, 0x0102); // executable, 32-bit machine
    // Optional header (PE32).
    put16(&mut out, 0x10b);
    out.push(8);
    out.push(0);
    put32(&mut out, text_raw); // SizeOfCode
    put32(&mut out, FILE_ALIGN); // SizeOfInitializedData
    put32(&mut out, 0);
    put32(&mut out, stub_rva);
    put32(&mut out, TEXT_RVA); // BaseOfCode
    put32(&mut out, reloc_rva); // BaseOfData
    put32(&mut out, IMAGE_BASE);
    put32(&mut out, SECTION_ALIGN);
    put32(&mut out, FILE_ALIGN);
    put16(&mut out, 4);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, 4);
    put16(&mut out, 0);
    put32(&mut out, 0);
    put32(&mut out, image_size);
    put32(&mut out, FILE_ALIGN); // SizeOfHeaders
    put32(&mut out, 0); // checksum
    put16(&mut out, 3); // console
    put16(&mut out, 0x8540); // dynamic base, NX, no SEH, TS aware
    put32(&mut out, 0x0010_0000);
    put32(&mut out, 0x1000);
    put32(&mut out, 0x0010_0000);
    put32(&mut out, 0x1000);
    put32(&mut out, 0);
    put32(&mut out, 16);
    let mut dirs = [(0u32, 0u32); 16];
    dirs[1] = (import_dir_rva, 40);
    dirs[5] = (reloc_rva, reloc_vsize);
    dirs[12] = (TEXT_RVA, 8);
    dirs[14] = (TEXT_RVA + 8, 72);
    for (rva, size) in dirs {
        put32(&mut out, rva);
        put32(&mut out, size);
    }
    // Section headers.
    let sections = [
        (
            *b".text\0\0\0",
            text_vsize,
            TEXT_RVA,
            text_raw,
            FILE_ALIGN,
            0x6000_0020u32,
        ),
        (
            *b".reloc\0\0",
            reloc_vsize,
            reloc_rva,
            FILE_ALIGN,
            FILE_ALIGN + text_raw,
            0x4200_0040,
        ),
    ];
    for (name, vsize, va, raw, ptr, chars) in sections {
        out.extend_from_slice(&name);
        put32(&mut out, vsize);
        put32(&mut out, va);
        put32(&mut out, raw);
        put32(&mut out, ptr);
        put32(&mut out, 0);
        put32(&mut out, 0);
        put16(&mut out, 0);
        put16(&mut out, 0);
        put32(&mut out, chars);
    }
    if out.len() > FILE_ALIGN as usize {
        return Err("internal error: PE headers too large".into());
    }
    out.resize(FILE_ALIGN as usize, 0);
    let text_file = out.len();
    out.extend_from_slice(&text);
    out.extend_from_slice(&reloc);

    // Reproducible identity: hash of the image with zero timestamp/MVID.
    let h = hash128(&[&out]);
    let hb = h.to_le_bytes();
    let mut mvid = [0u8; 16];
    mvid.copy_from_slice(&hb);
    mvid[7] = (mvid[7] & 0x0f) | 0x40; // a version-4 style GUID
    mvid[8] = (mvid[8] & 0x3f) | 0x80;
    if let Some((gi, start)) = mvid_at {
        let pos = text_file + (meta_rva - TEXT_RVA) as usize + stream_offsets[gi] + start;
        out.get_mut(pos..pos + 16)
            .ok_or("MVID outside the image")?
            .copy_from_slice(&mvid);
    }
    let ts = (h >> 64) as u32 & 0x7fff_ffff;
    set32(&mut out, timestamp_at, ts)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(try_at: usize, try_len: usize, handler_len: usize) -> body::Exception {
        body::Exception {
            kind: body::ExceptionKind::Finally,
            try_offset: try_at,
            try_length: try_len,
            handler_offset: try_at + try_len,
            handler_length: handler_len,
        }
    }

    /// A fat section mixing dotnetdll's two clause forms, including a
    /// clause written fat although its offsets and lengths fit the small
    /// form (dotnetdll's own offsets are past 64 KiB there).
    #[test]
    fn catch_tokens_of_mixed_clause_forms() {
        // One-byte `nop`s, so instruction indices are byte offsets.
        let code = vec![0u8; 70_000];
        let clauses = [
            (clause(10, 10, 10), false, 0x0100_0005u32),
            (clause(65_000, 10, 10), true, 0x0100_0006),
            (clause(66_000, 300, 10), true, 0x0200_0007),
            (clause(100, 10, 10), false, 0x1b00_0008),
        ];
        let mut b = Vec::new();
        put16(&mut b, 0x3003 | 0x08);
        put16(&mut b, 8);
        put32(&mut b, code.len() as u32);
        put32(&mut b, 0);
        b.extend_from_slice(&code);
        pad_to(&mut b, 4);
        let at = b.len();
        put32(&mut b, 0x41 | ((4 + 24 * clauses.len() as u32) << 8));
        for (c, fat, tok) in &clauses {
            let handler_at = c.handler_offset as u32;
            if *fat {
                for v in [2, c.try_offset as u32, c.try_length as u32, handler_at] {
                    put32(&mut b, v);
                }
                put32(&mut b, c.handler_length as u32);
            } else {
                b.push(2);
                put16(&mut b, c.try_offset as u16);
                b.push(c.try_length as u8);
                put16(&mut b, handler_at as u16);
                b.push(c.handler_length as u8);
            }
            put32(&mut b, *tok);
        }
        let refs: Vec<&body::Exception> = clauses.iter().map(|(c, _, _)| c).collect();
        let body = parse_body(&b, &refs);
        let tokens = body.map(|o| o.catch_tokens);
        assert_eq!(
            tokens,
            Ok(vec![0x0100_0005, 0x0100_0006, 0x0200_0007, 0x1b00_0008])
        );
        assert_eq!(at, (12 + code.len()).div_ceil(4) * 4);
    }
}
