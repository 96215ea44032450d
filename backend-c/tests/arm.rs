//! maemo-arm: the same C built with the N810 cross toolchain (static musl,
//! ARMv6) and run under `qemu-arm -cpu arm1136-r2`; the executable's ELF
//! header, program headers and ARM attributes are checked.

mod common;

use common::*;
use object::elf;
use object::read::elf::{ElfFile32, FileHeader, ProgramHeader};
use object::{Endianness, Object, ObjectSection};
use std::path::PathBuf;
use std::sync::OnceLock;

const QEMU: &[&str] = &["qemu-arm", "-cpu", "arm1136-r2"];

fn arm_gc() -> &'static PathBuf {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| build("gc", "arm", &arm_cc(&[])))
}

#[test]
fn arith_under_qemu() {
    let exe = build("arith", "arm", &arm_cc(&[]));
    let o = run(QEMU, &exe, &[]);
    assert_eq!(o.stdout, expected::ARITH);
    assert_eq!(o.stderr, "");
    assert_eq!(o.code, Some(300 & 0xFF));
}

#[test]
fn recursion_under_qemu() {
    let exe = build("recursion", "arm", &arm_cc(&[]));
    let o = run(QEMU, &exe, &[]);
    assert_eq!(o.stdout, expected::RECURSION);
    assert_eq!(o.stderr, "");
    assert_eq!(o.code, Some(0));
}

#[test]
fn exceptions_under_qemu() {
    let exe = build("exceptions", "arm", &arm_cc(&[]));
    let o = run(QEMU, &exe, &[]);
    assert_eq!(o.stdout, expected::EXCEPTIONS);
    assert_eq!(o.stderr, expected::EXCEPTIONS_ERR);
    assert_eq!(o.code, Some(1));
}

#[test]
fn gc_workload_under_qemu() {
    let n = 500;
    let o = run(QEMU, arm_gc(), &[&"x".repeat(n)]);
    assert_eq!(o.stdout, expected::gc(n));
    assert_eq!(o.stderr, "");
    assert_eq!(o.code, Some(0));
}

fn uleb(data: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let b = *data.get(*pos)?;
        *pos += 1;
        if shift < 64 {
            v |= u64::from(b & 0x7f) << shift;
        }
        shift += 7;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
}

fn ntbs(data: &[u8], pos: &mut usize) -> Option<Vec<u8>> {
    let end = *pos + data.get(*pos..)?.iter().position(|&b| b == 0)?;
    let s = data[*pos..end].to_vec();
    *pos = end + 1;
    Some(s)
}

/// The file-scope attributes of the "aeabi" vendor subsection of an
/// `.ARM.attributes` section, as (tag, integer value) pairs (string-valued
/// tags are skipped).
fn aeabi_file_attributes(data: &[u8]) -> Option<Vec<(u64, u64)>> {
    if data.first() != Some(&b'A') {
        return None;
    }
    let mut out = Vec::new();
    let mut pos = 1;
    while pos + 4 <= data.len() {
        let len = u32::from_le_bytes(data[pos..pos + 4].try_into().ok()?) as usize;
        let sub = data.get(pos..pos + len)?;
        pos += len;
        let mut p = 4;
        let vendor = ntbs(sub, &mut p)?;
        if vendor != b"aeabi" {
            continue;
        }
        while p < sub.len() {
            let start = p;
            let tag = uleb(sub, &mut p)?;
            let size = u32::from_le_bytes(sub.get(p..p + 4)?.try_into().ok()?) as usize;
            p += 4;
            let end = start + size;
            if tag == 1 {
                while p < end {
                    let t = uleb(sub, &mut p)?;
                    match t {
                        4 | 5 | 67 => {
                            ntbs(sub, &mut p)?;
                        }
                        32 => {
                            uleb(sub, &mut p)?;
                            ntbs(sub, &mut p)?;
                        }
                        t if t > 32 && t % 2 == 1 => {
                            ntbs(sub, &mut p)?;
                        }
                        _ => out.push((t, uleb(sub, &mut p)?)),
                    }
                }
            }
            p = end;
        }
    }
    Some(out)
}

#[test]
fn arm_elf_is_static_eabi5_armv6() {
    let path = arm_gc();
    let data = match std::fs::read(path) {
        Ok(d) => d,
        Err(e) => panic!("cannot read {}: {e}", path.display()),
    };
    let file = match ElfFile32::<Endianness>::parse(&*data) {
        Ok(f) => f,
        Err(e) => panic!("not a 32-bit ELF file: {e}"),
    };
    let endian = file.endian();
    let hdr = file.elf_header();
    assert_eq!(hdr.e_machine(endian), elf::EM_ARM);
    assert_eq!(
        hdr.e_type(endian),
        elf::ET_EXEC,
        "a static, non-PIE executable"
    );
    assert_eq!(hdr.e_flags(endian).arm_eabi(), elf::EF_ARM_EABI_VER5);
    for ph in file.elf_program_headers() {
        let t = ph.p_type(endian);
        assert_ne!(t, elf::PT_INTERP, "statically linked: no interpreter");
        assert_ne!(t, elf::PT_DYNAMIC, "statically linked: no dynamic segment");
    }
    assert!(file.section_by_name(".dynamic").is_none());
    assert!(file.section_by_name(".interp").is_none());
    let attrs = match file.section_by_name(".ARM.attributes").map(|s| s.data()) {
        Some(Ok(d)) => d,
        _ => panic!("no .ARM.attributes section"),
    };
    let attrs = match aeabi_file_attributes(attrs) {
        Some(a) => a,
        None => panic!("malformed .ARM.attributes"),
    };
    // Tag_CPU_arch (6) = 6: ARMv6 (not 9 = ARMv6K... nor 7 = ARMv6T2).
    assert_eq!(
        attrs.iter().find(|(t, _)| *t == 6).map(|(_, v)| *v),
        Some(6),
        "{attrs:?}"
    );
    // Tag_ARM_ISA_use (8) = 1: ARM instructions allowed.
    assert_eq!(
        attrs.iter().find(|(t, _)| *t == 8).map(|(_, v)| *v),
        Some(1),
        "{attrs:?}"
    );
    // Tag_FP_arch (10) = 2: VFPv2.
    assert_eq!(
        attrs.iter().find(|(t, _)| *t == 10).map(|(_, v)| *v),
        Some(2),
        "{attrs:?}"
    );
    let size = data.len();
    assert!(size < 512 * 1024, "unstripped size {size}");
}

/// Every pure primitive under qemu (musl's printf/strtod, VFP floats,
/// 32-bit pointers): the same output as CPython.
#[test]
fn prims_under_qemu() {
    let expected = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/prims.out"),
    )
    .unwrap_or_else(|e| panic!("prims.out: {e}"));
    let exe = build("prims", "arm", &arm_cc(&[]));
    let o = run(QEMU, &exe, &[]);
    for (i, (got, want)) in o.stdout.lines().zip(expected.lines()).enumerate() {
        assert_eq!(got, want, "prims (arm) line {}", i + 1);
    }
    assert_eq!(o.stdout, expected);
    assert_eq!(o.stderr, "");
    assert_eq!(o.code, Some(0));
}
