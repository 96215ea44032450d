//! Located diagnostics, rendered rustc-style with annotate-snippets.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use ruff_text_size::TextRange;

/// One problem found in the program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The headline (`error: <message>`).
    pub message: String,
    /// Byte range in the source the label points at (`None`: no location,
    /// e.g. an internal error).
    pub range: Option<TextRange>,
    /// Text under the caret.
    pub label: String,
    /// The `= help: ...` hint.
    pub help: String,
}

impl Diagnostic {
    pub fn new(
        message: impl Into<String>,
        range: TextRange,
        label: impl Into<String>,
        help: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            range: Some(range),
            label: label.into(),
            help: help.into(),
        }
    }
}

/// Every problem found in one translation, with the source they refer to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostics {
    pub file_name: String,
    pub source: String,
    pub items: Vec<Diagnostic>,
    /// Diagnostics about other files of the same translation (imported
    /// modules), each with its own name and source, in load order.
    pub more: Vec<(String, String, Vec<Diagnostic>)>,
}

impl Diagnostics {
    pub fn new(file_name: &str, source: &str, items: Vec<Diagnostic>) -> Diagnostics {
        Diagnostics {
            file_name: file_name.to_string(),
            source: source.to_string(),
            items,
            more: Vec::new(),
        }
    }

    /// A diagnostic without a source location (I/O error, internal error).
    pub fn unlocated(file_name: &str, message: impl Into<String>, help: impl Into<String>) -> Self {
        Diagnostics {
            file_name: file_name.to_string(),
            source: String::new(),
            items: vec![Diagnostic {
                message: message.into(),
                range: None,
                label: String::new(),
                help: help.into(),
            }],
            more: Vec::new(),
        }
    }

    /// How many diagnostics, over every file.
    pub fn len(&self) -> usize {
        self.items.len() + self.more.iter().map(|(_, _, d)| d.len()).sum::<usize>()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every diagnostic, rustc-style, followed by a summary line
    /// (`error: aborting due to N previous errors`). `color` selects ANSI
    /// styling; without it the text is plain and stable.
    pub fn render(&self, color: bool) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = String::new();
        let files = std::iter::once((self.file_name.as_str(), self.source.as_str(), &self.items))
            .chain(
                self.more
                    .iter()
                    .map(|(f, s, d)| (f.as_str(), s.as_str(), d)),
            );
        for (file_name, source, d) in files.flat_map(|(f, s, ds)| ds.iter().map(move |d| (f, s, d)))
        {
            let range = d.range.map(|r| clamp(source, r));
            let report =
                match range {
                    Some(r) => vec![
                        Level::ERROR
                            .primary_title(d.message.as_str())
                            .element(Snippet::source(source).path(file_name).annotation(
                                AnnotationKind::Primary.span(r).label(d.label.as_str()),
                            ))
                            .element(Level::HELP.message(d.help.as_str())),
                    ],
                    None => vec![
                        Level::ERROR
                            .primary_title(d.message.as_str())
                            .element(Level::HELP.message(d.help.as_str())),
                    ],
                };
            out.push_str(&renderer.render(&report));
            out.push_str("\n\n");
        }
        let n = self.len();
        let summary = if n == 1 {
            "aborting due to 1 previous error".to_string()
        } else {
            format!("aborting due to {n} previous errors")
        };
        out.push_str(&renderer.render(&[Group::with_title(
            Level::ERROR.primary_title(summary.as_str()),
        )]));
        out.push('\n');
        out
    }
}

impl std::fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for Diagnostics {}

/// A byte range inside the source, on character boundaries.
fn clamp(src: &str, r: TextRange) -> std::ops::Range<usize> {
    let mut start = (u32::from(r.start()) as usize).min(src.len());
    let mut end = (u32::from(r.end()) as usize).min(src.len()).max(start);
    while start > 0 && !src.is_char_boundary(start) {
        start -= 1;
    }
    while end < src.len() && !src.is_char_boundary(end) {
        end += 1;
    }
    start..end
}
