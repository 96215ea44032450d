//! The benchmark programs in `benches/`: one Python 3 file each, whose
//! header line `# bench: size=N quick-size=M quick-subset=yes|no` gives the
//! size argument for normal and `--quick` runs and whether `--quick` runs
//! it. Files whose name starts with `_` are helpers, not benchmarks.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    pub name: String,
    pub path: PathBuf,
    pub size: u64,
    pub quick_size: u64,
    pub quick_subset: bool,
    /// The first line of the header comment.
    pub summary: String,
}

impl Program {
    pub fn size_for(&self, quick: bool) -> u64 {
        if quick { self.quick_size } else { self.size }
    }
}

/// Read a program's header.
pub fn parse_header(path: &Path, text: &str) -> Result<Program, String> {
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| format!("{}: not a benchmark file name", path.display()))?
        .to_string();
    let summary = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# "))
        .unwrap_or("")
        .trim()
        .to_string();
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("# bench:"))
        .ok_or_else(|| {
            format!(
                "{}: no `# bench: size=N quick-size=M quick-subset=yes|no` line",
                path.display()
            )
        })?;
    let (mut size, mut quick_size, mut quick_subset) = (None, None, None);
    for field in line.split_whitespace() {
        let (key, value) = field
            .split_once('=')
            .ok_or_else(|| format!("{}: `{field}` is not key=value", path.display()))?;
        let number = || {
            value
                .parse::<u64>()
                .map_err(|_| format!("{}: `{key}` needs a number, not `{value}`", path.display()))
        };
        match key {
            "size" => size = Some(number()?),
            "quick-size" => quick_size = Some(number()?),
            "quick-subset" => {
                quick_subset = Some(match value {
                    "yes" => true,
                    "no" => false,
                    _ => {
                        return Err(format!(
                            "{}: quick-subset is yes or no, not `{value}`",
                            path.display()
                        ));
                    }
                })
            }
            _ => return Err(format!("{}: unknown key `{key}`", path.display())),
        }
    }
    let missing = |k: &str| format!("{}: the bench line lacks `{k}=`", path.display());
    Ok(Program {
        name,
        path: path.to_path_buf(),
        size: size.ok_or_else(|| missing("size"))?,
        quick_size: quick_size.ok_or_else(|| missing("quick-size"))?,
        quick_subset: quick_subset.ok_or_else(|| missing("quick-subset"))?,
        summary,
    })
}

/// Every benchmark in `dir`, sorted by name.
pub fn discover(dir: &Path) -> Result<Vec<Program>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "py")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| !n.starts_with('_'))
        })
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let text =
            std::fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
        out.push(parse_header(&p, &text)?);
    }
    if out.is_empty() {
        return Err(format!("no benchmarks in {}", dir.display()));
    }
    Ok(out)
}

/// The programs to run: those named by `--only` (in any mode), else the
/// quick subset with `--quick`, else all.
pub fn select(all: &[Program], only: &[String], quick: bool) -> Result<Vec<Program>, String> {
    if only.is_empty() {
        return Ok(all
            .iter()
            .filter(|p| !quick || p.quick_subset)
            .cloned()
            .collect());
    }
    for name in only {
        if !all.iter().any(|p| &p.name == name) {
            let names: Vec<&str> = all.iter().map(|p| p.name.as_str()).collect();
            return Err(format!(
                "no benchmark `{name}` (there are: {})",
                names.join(", ")
            ));
        }
    }
    Ok(all
        .iter()
        .filter(|p| only.contains(&p.name))
        .cloned()
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_fields() {
        let text = "# Does things.\n# bench: size=10 quick-size=3 quick-subset=yes\nimport sys\n";
        let p = parse_header(Path::new("/b/thing.py"), text);
        assert_eq!(
            p,
            Ok(Program {
                name: "thing".into(),
                path: PathBuf::from("/b/thing.py"),
                size: 10,
                quick_size: 3,
                quick_subset: true,
                summary: "Does things.".into(),
            })
        );
        assert_eq!(
            parse_header(
                Path::new("x.py"),
                "# bench: size=1 quick-size=z quick-subset=no"
            )
            .err()
            .as_deref(),
            Some("x.py: `quick-size` needs a number, not `z`")
        );
        assert_eq!(
            parse_header(Path::new("x.py"), "# bench: size=1 quick-subset=no")
                .err()
                .as_deref(),
            Some("x.py: the bench line lacks `quick-size=`")
        );
    }

    #[test]
    fn every_shipped_benchmark_has_a_valid_header() {
        let dir = crate::root().join("benches");
        let all = discover(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(all.len() >= 12, "{} benchmarks", all.len());
        assert!(all.iter().all(|p| p.quick_size < p.size), "quick sizes");
        let quick = select(&all, &[], true).unwrap_or_default();
        assert!(quick.len() >= 5 && quick.len() < all.len());
        assert_eq!(
            select(&all, &["nope".to_string()], false)
                .err()
                .map(|e| e.starts_with("no benchmark `nope` (there are: deltablue, dicts, ")),
            Some(true)
        );
    }
}
