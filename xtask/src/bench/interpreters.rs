//! The interpreters compared: CPython (the reference every output is
//! checked against and every time is divided by), PyPy, and our own VM as
//! built for each target. A VM build is included when its files exist and
//! reported as "not built" otherwise; a missing runner (mono, java,
//! qemu-arm) makes it "unavailable" with the reason.

use super::measure;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How an interpreter's figures may be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// CPython: the baseline.
    Reference,
    /// Runs natively on this machine: ratios to CPython are meaningful.
    Native,
    /// Runs under an emulator: only comparable with other emulated figures.
    Emulated,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Availability {
    Ready,
    /// Our VM for this target has not been built (the file is missing).
    NotBuilt(PathBuf),
    /// Cannot run here (the reason says why).
    Unavailable(String),
}

#[derive(Debug, Clone)]
pub struct Interpreter {
    /// Short stable name (`--interpreters`, JSON keys).
    pub key: &'static str,
    /// Human-readable name with version when known.
    pub label: String,
    /// The command before the script path.
    pub command: Vec<String>,
    pub group: Group,
    pub availability: Availability,
    /// Build outputs whose sizes are reported (our VMs only).
    pub files: Vec<PathBuf>,
}

impl Interpreter {
    pub fn ready(&self) -> bool {
        self.availability == Availability::Ready
    }

    pub fn argv(&self, args: &[String]) -> Vec<String> {
        let mut v = self.command.clone();
        v.extend(args.iter().cloned());
        v
    }

    pub fn status_text(&self) -> String {
        match &self.availability {
            Availability::Ready => "ready".into(),
            Availability::NotBuilt(p) => format!("not built ({} missing)", p.display()),
            Availability::Unavailable(why) => format!("unavailable: {why}"),
        }
    }
}

/// Every key, in report order.
pub const KEYS: [&str; 6] = [
    "cpython", "pypy", "pypy-c", "pypy-cli", "pypy-jvm", "pypy-arm",
];

fn s(x: &str) -> String {
    x.to_string()
}

/// Ask an interpreter about itself; the lines it printed.
fn query(command: &[String], code: &str) -> Result<Vec<String>, String> {
    let mut argv = command.to_vec();
    argv.push(s("-c"));
    argv.push(s(code));
    let r = measure::run(&argv, Duration::from_secs(60))?;
    if r.exit != measure::Exit::Code(0) {
        return Err(format!(
            "`{}` failed ({}): {}",
            argv.join(" "),
            r.exit,
            String::from_utf8_lossy(&r.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&r.stdout)
        .lines()
        .map(str::to_string)
        .collect())
}

fn cpython() -> Result<Interpreter, String> {
    let found = toolchains::find_in_path("python3")
        .ok_or("python3 (CPython, the reference) is not in PATH")?;
    let base = vec![found.display().to_string()];
    let lines = query(
        &base,
        "import sys, platform; print(sys.executable); print(platform.python_implementation()); print(platform.python_version())",
    )?;
    let (exe, implementation, version) = match lines.as_slice() {
        [e, i, v, ..] => (e.clone(), i.clone(), v.clone()),
        _ => return Err(format!("unexpected answer from python3: {lines:?}")),
    };
    if implementation != "CPython" {
        return Err(format!("python3 is {implementation}, not CPython"));
    }
    // Run the real executable, not a wrapper such as a pyenv shim (a shell
    // script that would add its own start-up time).
    let command = if !exe.is_empty() && Path::new(&exe).is_file() {
        vec![exe]
    } else {
        base
    };
    Ok(Interpreter {
        key: "cpython",
        label: format!("CPython {version}"),
        command,
        group: Group::Reference,
        availability: Availability::Ready,
        files: Vec::new(),
    })
}

fn pypy(log: &mut dyn FnMut(&str)) -> Interpreter {
    let mut it = Interpreter {
        key: "pypy",
        label: s("PyPy"),
        command: vec![s("pypy3")],
        group: Group::Native,
        availability: Availability::Ready,
        files: Vec::new(),
    };
    let found = match toolchains::find_in_path("pypy3") {
        Some(p) => Some(p),
        None => {
            log("pypy3 is not installed: installing the Debian package `pypy3` with apt-get");
            let tool = toolchains::Tool {
                name: s("PyPy"),
                probe: s("pypy3"),
                package: s("pypy3"),
            };
            match toolchains::install(&[tool], log) {
                Ok(()) => toolchains::find_in_path("pypy3"),
                Err(e) => {
                    it.availability = Availability::Unavailable(format!("installing pypy3: {e}"));
                    return it;
                }
            }
        }
    };
    let Some(found) = found else {
        it.availability = Availability::Unavailable(s("pypy3 not in PATH after installing"));
        return it;
    };
    it.command = vec![found.display().to_string()];
    match query(
        &it.command,
        "import sys, platform; print('%d.%d.%d' % sys.pypy_version_info[:3]); print(platform.python_version())",
    ) {
        Ok(lines) => {
            if let [pypy, python, ..] = lines.as_slice() {
                it.label = format!("PyPy {pypy} (Python {python})");
            }
        }
        Err(e) => it.availability = Availability::Unavailable(e),
    }
    it
}

/// Where one target's build of our VM lives and how it is started.
struct VmBuild {
    key: &'static str,
    label: &'static str,
    /// Relative to the repository root.
    file: &'static str,
    /// Further outputs of the build whose sizes are reported.
    extra_files: &'static [&'static str],
    /// Runner command before the file (empty: run the file itself).
    runner: &'static [&'static str],
    group: Group,
}

const VM_BUILDS: [VmBuild; 4] = [
    VmBuild {
        key: "pypy-c",
        label: "pypy-c (ours, C)",
        file: "build/linux-x86_64/pypy-c",
        extra_files: &[],
        runner: &[],
        group: Group::Native,
    },
    VmBuild {
        key: "pypy-cli",
        label: "pypy-cli (ours, Mono)",
        file: "build/cli/pypy-cli.exe",
        extra_files: &["build/cli/pypy-rt.dll"],
        runner: &["mono"],
        group: Group::Native,
    },
    VmBuild {
        key: "pypy-jvm",
        label: "pypy-jvm (ours, JVM)",
        file: "build/jvm/pypy-jvm.jar",
        extra_files: &[],
        runner: &["java", "-jar"],
        group: Group::Native,
    },
    VmBuild {
        key: "pypy-arm",
        label: "pypy-c (ours, ARM under qemu)",
        file: "build/maemo-arm/pypy-c",
        extra_files: &[],
        runner: &["qemu-arm", "-cpu", "arm1136-r2"],
        group: Group::Emulated,
    },
];

/// Our VM for one target: present when its file exists and its runner (if
/// any) is installed.
fn vm(b: &VmBuild, root: &Path) -> Interpreter {
    let path = root.join(b.file);
    let mut command: Vec<String> = b.runner.iter().map(|r| s(r)).collect();
    command.push(path.display().to_string());
    let mut files = vec![path.clone()];
    files.extend(
        b.extra_files
            .iter()
            .map(|f| root.join(f))
            .filter(|p| p.is_file()),
    );
    let missing_runner = b
        .runner
        .first()
        .filter(|r| toolchains::find_in_path(r).is_none());
    let availability = if !path.is_file() {
        Availability::NotBuilt(PathBuf::from(b.file))
    } else if let Some(tool) = missing_runner {
        Availability::Unavailable(format!(
            "{tool} not found (cargo xtask toolchains --install)"
        ))
    } else {
        Availability::Ready
    };
    let mut it = Interpreter {
        key: b.key,
        label: s(b.label),
        command,
        group: b.group,
        availability,
        files,
    };
    if it.ready()
        && let Ok(r) = measure::run(&it.argv(&[s("-V")]), Duration::from_secs(120))
        && r.exit == measure::Exit::Code(0)
    {
        let text = [r.stdout, r.stderr].concat();
        if let Some(v) = String::from_utf8_lossy(&text).lines().next() {
            it.label = format!("{} [{}]", b.label, v.trim());
        }
    }
    it
}

/// Detect the interpreters named in `wanted` (all when empty; CPython is
/// always included). Installs PyPy when it is wanted and missing.
pub fn detect(
    root: &Path,
    wanted: &[String],
    log: &mut dyn FnMut(&str),
) -> Result<Vec<Interpreter>, String> {
    for w in wanted {
        if !KEYS.contains(&w.as_str()) {
            return Err(format!(
                "unknown interpreter `{w}` (choose from {})",
                KEYS.join(", ")
            ));
        }
    }
    let want = |k: &str| wanted.is_empty() || wanted.iter().any(|w| w == k);
    let mut out = vec![cpython()?];
    if want("pypy") {
        out.push(pypy(log));
    }
    for b in &VM_BUILDS {
        if want(b.key) {
            out.push(vm(b, root));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_build_is_reported_not_dropped() {
        let dir = std::env::temp_dir().join(format!("bench-interp-{}", std::process::id()));
        let it = vm(&VM_BUILDS[2], &dir);
        assert_eq!(
            it.status_text(),
            "not built (build/jvm/pypy-jvm.jar missing)"
        );
        assert!(!it.ready());
    }

    #[test]
    fn unknown_interpreters_are_refused() {
        let e = detect(Path::new("/"), &["jython".to_string()], &mut |_| {});
        assert_eq!(
            e.err().as_deref(),
            Some(
                "unknown interpreter `jython` (choose from cpython, pypy, pypy-c, pypy-cli, pypy-jvm, pypy-arm)"
            )
        );
    }
}
