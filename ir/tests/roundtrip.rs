//! The IR text form parses back to the same module, and the verifier
//! accepts well-formed modules and rejects broken ones.

use ir::{parse::parse_module, text::print_module, verify::verify_module};

#[test]
fn sample_roundtrips_and_verifies() {
    let src = include_str!("ir/sample.ir");
    let m = match parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("parse error: {e}"),
    };
    if let Err(errs) = verify_module(&m) {
        panic!("verify errors: {errs:?}");
    }
    let printed = print_module(&m);
    let again = match parse_module(&printed) {
        Ok(m) => m,
        Err(e) => panic!("reparse error: {e}\n{printed}"),
    };
    assert_eq!(m, again);
    assert_eq!(printed, print_module(&again));
}

fn verify_errors(src: &str) -> Vec<String> {
    let m = match parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("parse error: {e}"),
    };
    match verify_module(&m) {
        Ok(()) => vec![],
        Err(es) => es.into_iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn use_before_definition_is_rejected() {
    let errs = verify_errors(
        "fn f(int) -> int {\nb0(v0: int):\n  br v0, b1(), b2()\nb1():\n  v1: int = const 1\n  jump b2()\nb2():\n  ret v1\n}\n",
    );
    assert!(
        errs.iter()
            .any(|e| e.contains("branch condition v0 is not a bool")),
        "{errs:?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.contains("b2: v1 is used before it is defined")),
        "{errs:?}"
    );
}

#[test]
fn type_mismatch_is_rejected() {
    let errs = verify_errors(
        "fn f(str) -> int {\nb0(v0: str):\n  v1: int = const 1\n  v2: int = add v0, v1\n  ret v2\n}\n",
    );
    assert_eq!(
        errs,
        vec!["in fn f: b0: v0 is str where int is expected".to_string()]
    );
}

#[test]
fn parse_errors_are_located() {
    let err = parse_module("fn f() {\nb0():\n  v1: int = frob v0\n  ret\n}\n").err();
    assert_eq!(
        err.map(|e| e.to_string()),
        Some("line 3: unknown operation `frob`".to_string())
    );
}

#[test]
fn primitives_roundtrip_and_verify() {
    let src = include_str!("ir/prims.ir");
    let m = match parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("parse error: {e}"),
    };
    if let Err(errs) = verify_module(&m) {
        panic!("verify errors: {errs:?}");
    }
    let printed = print_module(&m);
    assert_eq!(printed, src);
}

#[test]
fn primitive_signatures_are_checked() {
    let errs = verify_errors(
        "fn f(str) -> int {\nb0(v0: str):\n  v1: float = fconst \"2.0\"\n  v2: str = str.get v0, v1\n  list.insert v0, v1, v1\n  v3: int = const 0\n  ret v3\n}\n",
    );
    assert_eq!(
        errs,
        vec![
            "in fn f: b0: str.get does not take v1: float".to_string(),
            "in fn f: b0: list.insert does not take v0: str".to_string()
        ]
    );
}

#[test]
fn generated_names_with_dollars_parse() {
    let src = "class Dict$str$int {\n  field size: int\n}\n\nfn main$lambda$1(Dict$str$int) -> int {\nb0(v0: Dict$str$int):\n  v1: int = getfield Dict$str$int.size v0\n  ret v1\n}\n";
    let m = match parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("parse error: {e}"),
    };
    assert_eq!(m.classes[0].name, "Dict$str$int");
    assert_eq!(print_module(&m), src);
}

#[test]
fn operands_mut_agrees_with_operands() {
    for src in [include_str!("ir/sample.ir"), include_str!("ir/prims.ir")] {
        let mut m = match parse_module(src) {
            Ok(m) => m,
            Err(e) => panic!("parse error: {e}"),
        };
        for f in &mut m.functions {
            for b in &mut f.blocks {
                for i in &mut b.insts {
                    let read = i.op.operands();
                    let written: Vec<ir::Value> =
                        i.op.operands_mut().into_iter().map(|v| *v).collect();
                    assert_eq!(read, written, "{:?}", i.op);
                }
                let read = b.term.operands();
                let written: Vec<ir::Value> =
                    b.term.operands_mut().into_iter().map(|v| *v).collect();
                assert_eq!(read, written, "{:?}", b.term);
            }
        }
    }
}
