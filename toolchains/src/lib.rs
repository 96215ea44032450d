//! Target descriptions and toolchain provisioning.
//!
//! A target is a TOML file in `targets/` (a new target is a new file, not
//! new code): its triple (parsed by target-lexicon), the backend that
//! emits it, the C compiler and flags where the backend is C, the runner
//! that executes the output, the output's file name, and the tools it
//! needs, each with a probe (a command looked up in PATH, or an absolute
//! file path) and the Debian package that provides it.

use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    C,
    Cli,
    Jvm,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetSpec {
    pub name: String,
    pub triple: String,
    pub backend: Backend,
    /// Output file name when building the Python VM (`pypy-c`, ...).
    pub output: String,
    #[serde(default)]
    pub toolchain: Toolchain,
    #[serde(default)]
    pub runner: Runner,
    #[serde(default, rename = "tool")]
    pub tools: Vec<Tool>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Toolchain {
    /// C compiler (C backend only).
    pub cc: Option<String>,
    #[serde(default)]
    pub cflags: Vec<String>,
    #[serde(default)]
    pub ldflags: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Runner {
    /// Command put before the output file to run it; empty: run directly.
    #[serde(default)]
    pub command: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    pub name: String,
    /// A command name searched in PATH, or an absolute path to a file.
    pub probe: String,
    /// Debian package providing it (`name:arch` for a foreign architecture).
    pub package: String,
}

impl TargetSpec {
    /// Parse a target description; `origin` names the file in errors.
    pub fn parse(origin: &str, text: &str) -> Result<TargetSpec, String> {
        let spec: TargetSpec = toml::from_str(text)
            .map_err(|e| format!("{origin}: invalid target description: {e}"))?;
        spec.triple
            .parse::<target_lexicon::Triple>()
            .map_err(|e| format!("{origin}: invalid triple `{}`: {e}", spec.triple))?;
        if spec.backend == Backend::C && spec.toolchain.cc.is_none() {
            return Err(format!("{origin}: a C target needs `toolchain.cc`"));
        }
        Ok(spec)
    }

    /// The parsed target triple.
    pub fn triple(&self) -> Result<target_lexicon::Triple, String> {
        self.triple
            .parse()
            .map_err(|e| format!("invalid triple `{}`: {e}", self.triple))
    }

    /// Compiler followed by its flags, for the C backend.
    pub fn cc_command(&self) -> Vec<String> {
        let mut v: Vec<String> = self.toolchain.cc.iter().cloned().collect();
        v.extend(self.toolchain.cflags.iter().cloned());
        v
    }
}

/// Read every `*.toml` in `dir`, sorted by name.
pub fn load_targets(dir: &Path) -> Result<Vec<TargetSpec>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let text =
            std::fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
        out.push(TargetSpec::parse(&p.display().to_string(), &text)?);
    }
    Ok(out)
}

/// Where a tool was found, if it was.
pub fn probe(tool: &Tool) -> Option<PathBuf> {
    let p = Path::new(&tool.probe);
    if p.is_absolute() {
        return p.exists().then(|| p.to_path_buf());
    }
    find_in_path(&tool.probe)
}

/// Look a command up in PATH.
pub fn find_in_path(cmd: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(cmd))
        .find(|c| c.is_file())
}

/// The tools of the given targets that are missing, without duplicates.
pub fn missing<'a>(targets: impl IntoIterator<Item = &'a TargetSpec>) -> Vec<Tool> {
    let mut out: Vec<Tool> = Vec::new();
    for t in targets {
        for tool in &t.tools {
            if probe(tool).is_none() && !out.iter().any(|o| o.probe == tool.probe) {
                out.push(tool.clone());
            }
        }
    }
    out
}

/// Install the Debian packages providing `tools` with apt-get (after
/// `apt-get update`, and `dpkg --add-architecture` for foreign ones).
/// `log` receives a line per step.
pub fn install(tools: &[Tool], log: &mut dyn FnMut(&str)) -> Result<(), String> {
    if tools.is_empty() {
        return Ok(());
    }
    let mut packages: Vec<String> = tools.iter().map(|t| t.package.clone()).collect();
    packages.sort();
    packages.dedup();
    let sudo = !is_root();
    let run = |args: &[&str], log: &mut dyn FnMut(&str)| -> Result<(), String> {
        let mut full: Vec<&str> = Vec::new();
        if sudo {
            full.push("sudo");
        }
        full.extend_from_slice(args);
        log(&format!("$ {}", full.join(" ")));
        let status = Command::new(full[0])
            .args(&full[1..])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .map_err(|e| format!("cannot run {}: {e}", full[0]))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{}` failed ({status})", full.join(" ")))
        }
    };
    for arch in packages
        .iter()
        .filter_map(|p| p.split_once(':').map(|(_, a)| a))
    {
        let have = Command::new("dpkg")
            .arg("--print-foreign-architectures")
            .output()
            .map(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .lines()
                    .any(|l| l == arch)
            })
            .unwrap_or(false);
        if !have {
            run(&["dpkg", "--add-architecture", arch], log)?;
        }
    }
    run(&["apt-get", "update", "-q"], log)?;
    let mut args = vec!["apt-get", "install", "-y", "-q", "--no-install-recommends"];
    args.extend(packages.iter().map(String::as_str));
    run(&args, log)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_file_parses() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../targets");
        let targets = match load_targets(&dir) {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        };
        let names: Vec<&str> = targets.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["cli", "jvm", "linux-x86_64", "maemo-arm"]);
        let arm = &targets[3];
        assert_eq!(arm.backend, Backend::C);
        let triple = match arm.triple() {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(triple.architecture.to_string(), "armv6");
        assert_eq!(arm.runner.command, ["qemu-arm", "-cpu", "arm1136-r2"]);
    }

    #[test]
    fn bad_descriptions_are_reported() {
        let e = TargetSpec::parse("x.toml", "name = \"x\"\ntriple = \"nonsense-triple-q\"\nbackend = \"c\"\noutput = \"o\"\n[toolchain]\ncc = \"cc\"\n").err();
        assert!(e.is_some_and(|e| e.starts_with("x.toml: invalid triple `nonsense-triple-q`")));
        let e = TargetSpec::parse("y.toml", "name = \"y\"\ntriple = \"x86_64-unknown-linux-gnu\"\nbackend = \"c\"\noutput = \"o\"\n").err();
        assert_eq!(
            e.as_deref(),
            Some("y.toml: a C target needs `toolchain.cc`")
        );
        let e = TargetSpec::parse("z.toml", "name = \"z\"\ntriple = \"x86_64-unknown-linux-gnu\"\nbackend = \"wasm\"\noutput = \"o\"\n").err();
        assert!(e.is_some_and(|e| e.contains("unknown variant `wasm`")), "");
    }
}
