//! Stage 1: parsing with ruff_python_parser (Python 3.11 grammar).

use crate::diag::{Diagnostic, Diagnostics};
use ruff_python_ast::{ModModule, PySourceType, PythonVersion};
use ruff_python_parser::ParseOptions;
use ruff_text_size::{TextRange, TextSize};

/// A parsed source file.
pub struct ParsedModule {
    pub file_name: String,
    pub source: String,
    pub module: ModModule,
}

/// Parse `src`; every syntax error (also syntax newer than Python 3.11) is
/// reported with its range.
pub fn parse(file_name: &str, src: &str) -> Result<ParsedModule, Diagnostics> {
    let options =
        ParseOptions::from(PySourceType::Python).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(src, options);
    let mut items = Vec::new();
    for e in parsed.errors() {
        items.push(Diagnostic::new(
            format!("syntax error: {}", e.error),
            visible(src, e.location),
            "invalid syntax",
            "the input must be valid Python 3.11 syntax",
        ));
    }
    for e in parsed.unsupported_syntax_errors() {
        items.push(Diagnostic::new(
            format!("syntax error: {e}"),
            visible(src, e.range),
            "not available in Python 3.11",
            "the input must be valid Python 3.11 syntax",
        ));
    }
    if !items.is_empty() {
        return Err(Diagnostics::new(file_name, src, items));
    }
    let module = match parsed.into_syntax() {
        ruff_python_ast::Mod::Module(m) => m,
        ruff_python_ast::Mod::Expression(_) => {
            return Err(Diagnostics::unlocated(
                file_name,
                "internal error: the parser returned an expression",
                "report this as a bug in the translator",
            ));
        }
    };
    Ok(ParsedModule {
        file_name: file_name.to_string(),
        source: src.to_string(),
        module,
    })
}

/// An empty range (e.g. at the end of the file) widened to one character
/// where possible so the caret is visible.
fn visible(src: &str, r: TextRange) -> TextRange {
    // Keep the label on the line where the error starts.
    let start = u32::from(r.start()) as usize;
    let end = u32::from(r.end()) as usize;
    if let Some(text) = src.get(start..end)
        && let Some(nl) = text.find(['\n', '\r'])
    {
        let r = TextRange::at(r.start(), TextSize::from(nl as u32));
        return if r.is_empty() { visible(src, r) } else { r };
    }
    if !r.is_empty() {
        return r;
    }
    let start = u32::from(r.start()) as usize;
    match src.get(start..).and_then(|s| s.chars().next()) {
        Some(c) if c != '\n' && c != '\r' => {
            TextRange::at(r.start(), TextSize::from(c.len_utf8() as u32))
        }
        _ => r,
    }
}
