//! `cargo xtask build`: the translation pipeline, one progress bar per
//! target, a summary line per target.

use crate::Failure;
use crate::cli::{BuildArgs, Variant};
use crate::progress::{Progress, TargetProgress};
use ir::Module;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use toolchains::{Backend, TargetSpec};

/// What a build produced.
pub struct Built {
    /// The file to run (executable, assembly or jar).
    pub output: PathBuf,
}

/// Every target description, from `targets/`.
pub fn all_targets() -> Result<Vec<TargetSpec>, String> {
    toolchains::load_targets(&crate::root().join("targets"))
}

/// The targets a `--target` value names (`all` names every one).
pub fn select_targets(name: &str) -> Result<Vec<TargetSpec>, String> {
    let all = all_targets()?;
    if name == "all" {
        // The order users expect: native first.
        let order = ["linux-x86_64", "maemo-arm", "cli", "jvm"];
        let mut v = all.clone();
        v.sort_by_key(|t| {
            order
                .iter()
                .position(|o| *o == t.name)
                .unwrap_or(order.len())
        });
        return Ok(v);
    }
    match all.into_iter().find(|t| t.name == name) {
        Some(t) => Ok(vec![t]),
        None => {
            let names: Vec<String> = all_targets()?.into_iter().map(|t| t.name).collect();
            Err(format!(
                "unknown target `{name}` (known: {}, all)",
                names.join(", ")
            ))
        }
    }
}

/// Install what the targets need, saying so, when something is missing.
pub fn ensure_toolchains(targets: &[TargetSpec], progress: &Progress) -> Result<(), String> {
    let missing = toolchains::missing(targets);
    if missing.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = missing
        .iter()
        .map(|t| format!("{} ({})", t.name, t.package))
        .collect();
    eprintln!("installing missing tools: {}", names.join(", "));
    toolchains::install(&missing, &mut |l| progress.note(l))?;
    let still = toolchains::missing(targets);
    if still.is_empty() {
        Ok(())
    } else {
        let names: Vec<&str> = still.iter().map(|t| t.name.as_str()).collect();
        Err(format!(
            "still missing after installing: {}",
            names.join(", ")
        ))
    }
}

/// Output file name for a target: the target's own (`pypy-c`, ...) for
/// the Python VM, else named after the entry file's stem.
pub fn output_name(spec: &TargetSpec, entry: Option<&Path>) -> String {
    let Some(stem) = entry
        .and_then(|e| e.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
    else {
        return spec.output.clone();
    };
    match spec.backend {
        Backend::C => stem,
        Backend::Cli => format!("{stem}.exe"),
        Backend::Jvm => format!("{stem}.jar"),
    }
}

/// Where compiled runtimes are kept between builds: each backend names
/// its entries by a hash of the runtime's sources (and, for C, of the
/// compiler command), so one directory serves every target and program.
pub fn runtime_cache() -> PathBuf {
    crate::root().join("build").join("cache")
}

pub fn default_out_dir(spec: &TargetSpec) -> PathBuf {
    crate::root().join("build").join(&spec.name)
}

/// Whether diagnostics should be colored.
pub fn color() -> bool {
    std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

/// Run the front end (parse, check, IR) once, marking the stages on every
/// target's bar. Diagnostics are rendered into the error.
pub fn front_end(
    entry: &Path,
    progress: &Progress,
    bars: &mut [TargetProgress],
) -> Result<Module, Failure> {
    let name = entry.display().to_string();
    let bytes = std::fs::read(entry).map_err(|e| format!("cannot read `{name}`: {e}"))?;
    let src = String::from_utf8(bytes)
        .map_err(|_| format!("`{name}` is not valid UTF-8: save the source file as UTF-8"))?;
    let diag = |d: translator::Diagnostics| Failure::Diagnostics(d.render(color()));
    let mut started = std::time::Instant::now();
    let mut stage = |bars: &mut [TargetProgress], s: &str, done: bool| {
        if done {
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            progress.plain(&format!("{:>14}: {s} ({ms:.0} ms)", "front end"));
        } else {
            started = std::time::Instant::now();
        }
        for b in bars.iter_mut() {
            if done { b.done_silently() } else { b.stage(s) }
        }
    };
    stage(bars, "parse", false);
    let parsed = translator::parse_stage(&name, &src).map_err(diag)?;
    stage(bars, "parse", true);
    stage(bars, "check", false);
    let program = translator::check_stage(&parsed).map_err(diag)?;
    stage(bars, "check", true);
    stage(bars, "IR", false);
    let module = translator::build_stage(&parsed, &program).map_err(diag)?;
    stage(bars, "IR", true);
    Ok(module)
}

/// Lower, emit and package one target.
#[allow(clippy::too_many_arguments)]
pub fn back_end(
    spec: &TargetSpec,
    variant: Variant,
    module: &Module,
    entry: &Path,
    out_dir: &Path,
    name: &str,
    bar: &mut TargetProgress,
) -> Result<Built, String> {
    check_variant(spec, variant)?;
    std::fs::create_dir_all(out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let work = out_dir.join(".work").join(name);
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let output = out_dir.join(name);
    let key = build_key(spec, variant, entry);
    let _ = std::fs::remove_file(stamp_path(&output));
    bar.stage("lower");
    ir::verify::verify_module(module).map_err(|errs| {
        let lines: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        format!(
            "internal error: the IR does not verify:\n{}",
            lines.join("\n")
        )
    })?;
    bar.done("lower");
    match spec.backend {
        Backend::C => {
            bar.stage("emit");
            let prog = backend_c::emit(module)?;
            bar.done("emit");
            bar.stage("compile");
            let mut cc = spec.cc_command();
            if variant.gc_stress {
                cc.push("-DRPY_GC_STRESS".into());
            }
            if variant.sanitize {
                cc.extend(
                    [
                        "-fsanitize=address,undefined",
                        "-fno-omit-frame-pointer",
                        "-fno-sanitize-recover=all",
                        "-g",
                    ]
                    .map(String::from),
                );
            }
            cc.extend(spec.toolchain.ldflags.iter().cloned());
            backend_c::compile_cached(&prog, &work, &output, &cc, &runtime_cache())?;
            bar.done("compile/package");
        }
        // `package` emits the program itself; the runtime it compiles
        // (mcs, javac) goes to the shared cache, so it is built once per
        // runtime version rather than once per program.
        Backend::Cli => {
            bar.stage("emit/package");
            backend_cli::package(module, out_dir, name, &runtime_cache())?;
            bar.done("emit/package");
        }
        Backend::Jvm => {
            bar.stage("emit/package");
            backend_jvm::package(module, &output, &runtime_cache())?;
            bar.done("emit/package");
        }
    }
    let _ = std::fs::write(stamp_path(&output), key);
    Ok(Built { output })
}

fn stamp_path(output: &Path) -> PathBuf {
    let mut s = output.as_os_str().to_owned();
    s.push(".stamp");
    let p = PathBuf::from(s);
    match (p.parent(), p.file_name()) {
        (Some(d), Some(n)) => d.join(".work").join(n),
        _ => p,
    }
}

/// Whether a variant applies to a target.
fn check_variant(spec: &TargetSpec, variant: Variant) -> Result<(), String> {
    if variant.gc_stress && spec.backend != Backend::C {
        return Err(format!(
            "--gc-stress applies to the C targets (the {} target uses the host's collector)",
            spec.name
        ));
    }
    if variant.sanitize && spec.name != "linux-x86_64" {
        return Err(format!(
            "--sanitize applies to linux-x86_64 only, not {}",
            spec.name
        ));
    }
    Ok(())
}

/// What a build depends on: the program's sources (every `.py` in the
/// entry's directory and, when that directory is a package, every package
/// beside the outermost one, since modules import each other), the
/// toolchain binary (so a rebuilt translator rebuilds programs), the target
/// description and the variant.
fn build_key(spec: &TargetSpec, variant: Variant, entry: &Path) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::fs::read(entry).unwrap_or_default().hash(&mut h);
    let dir = entry
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut files: Vec<PathBuf> = Vec::new();
    py_files(dir, false, &mut files);
    // The source root: the first directory above the entry that is not a
    // package. Its packages (the program's own and e.g. `rlib`) count.
    let mut root = dir.to_path_buf();
    while root.join("__init__.py").is_file() {
        match root.parent() {
            Some(p) if !p.as_os_str().is_empty() => root = p.to_path_buf(),
            _ => break,
        }
    }
    if root != dir {
        py_files(&root, true, &mut files);
    }
    files.sort();
    files.dedup();
    for f in files {
        f.hash(&mut h);
        std::fs::read(&f).unwrap_or_default().hash(&mut h);
    }
    format!("{spec:?}").hash(&mut h);
    variant.hash(&mut h);
    if let Some(m) = std::env::current_exe()
        .ok()
        .and_then(|e| std::fs::metadata(e).ok())
    {
        m.len().hash(&mut h);
        m.modified().ok().hash(&mut h);
    }
    format!("{:016x}", h.finish())
}

/// The `.py` files of `dir`; with `packages`, also those of every package
/// below it (directories with an `__init__.py`), recursively.
fn py_files(dir: &Path, packages: bool, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for p in rd.filter_map(|e| e.ok().map(|e| e.path())) {
        if p.extension().is_some_and(|x| x == "py") && p.is_file() {
            out.push(p);
        } else if packages && p.is_dir() && p.join("__init__.py").is_file() {
            py_files(&p, true, out);
        }
    }
}

/// The Python VM's entry module: what `build` translates without
/// `--entry`.
pub fn vm_entry() -> PathBuf {
    crate::root().join("interpreter").join("main.py")
}

/// Whether `output` was built from this very `entry` by this toolchain.
pub fn build_is_current(spec: &TargetSpec, variant: Variant, entry: &Path, output: &Path) -> bool {
    entry.is_file()
        && output.exists()
        && std::fs::read_to_string(stamp_path(output))
            .is_ok_and(|s| s == build_key(spec, variant, entry))
}

/// Size of a build's files (the runtime DLL beside a CLI program counts).
pub fn output_size(spec: &TargetSpec, output: &Path) -> u64 {
    let mut size = std::fs::metadata(output).map(|m| m.len()).unwrap_or(0);
    if spec.backend == Backend::Cli
        && let Some(dir) = output.parent()
    {
        size += std::fs::metadata(dir.join("pypy-rt.dll"))
            .map(|m| m.len())
            .unwrap_or(0);
    }
    size
}

pub fn human_size(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MiB", n as f64 / (1u64 << 20) as f64)
    } else {
        format!("{:.1} KiB", n as f64 / 1024.0)
    }
}

/// Build `args.entry` for the targets `args.target` names.
pub fn build(args: &BuildArgs, progress: &Progress) -> Result<Vec<(TargetSpec, Built)>, Failure> {
    let targets = select_targets(&args.target)?;
    // Without `--entry`, the Python VM, under the targets' own output
    // names (`pypy-c`, `pypy-cli.exe`, `pypy-jvm.jar`).
    let vm = vm_entry();
    let entry: &Path = args.entry.as_deref().unwrap_or(&vm);
    let out_entry = args.entry.as_deref();
    ensure_toolchains(&targets, progress)?;
    let several = targets.len() > 1;
    let mut bars: Vec<TargetProgress> = targets.iter().map(|t| progress.target(&t.name)).collect();
    let module = match front_end(entry, progress, &mut bars) {
        Ok(m) => m,
        Err(e) => {
            for b in bars {
                b.fail();
            }
            return Err(e);
        }
    };
    let results: Vec<Result<(TargetSpec, Built), String>> = std::thread::scope(|s| {
        let handles: Vec<_> = targets
            .iter()
            .zip(bars)
            .map(|(spec, mut bar)| {
                let module = &module;
                s.spawn(move || {
                    // Several targets under one --out: a subdirectory each, or
                    // the two C targets would write the same `pypy-c`.
                    let out_dir = match &args.out {
                        Some(d) if several => d.join(&spec.name),
                        Some(d) => d.clone(),
                        None => default_out_dir(spec),
                    };
                    let name = output_name(spec, out_entry);
                    match back_end(spec, args.variant, module, entry, &out_dir, &name, &mut bar) {
                        Ok(built) => {
                            let size = output_size(spec, &built.output);
                            let secs = bar.elapsed().as_secs_f64();
                            bar.finish(&format!(
                                "{:>14}: {} ({}) in {:.2} s",
                                spec.name,
                                built.output.display(),
                                human_size(size),
                                secs
                            ));
                            Ok((spec.clone(), built))
                        }
                        Err(e) => {
                            bar.fail();
                            Err(format!("{}: {e}", spec.name))
                        }
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("internal error: a build thread panicked".into()))
            })
            .collect()
    });
    let mut built = Vec::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(b) => built.push(b),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(built)
    } else {
        Err(Failure::Message(errors.join("\nerror: ")))
    }
}

pub fn cmd_build(args: &BuildArgs) -> Result<u8, Failure> {
    if args.emit_ir {
        let vm = vm_entry();
        let entry: &Path = args.entry.as_deref().unwrap_or(&vm);
        select_targets(&args.target)?;
        let module = front_end(entry, &Progress::new(true), &mut [])?;
        print!("{}", ir::text::print_module(&module));
        return Ok(0);
    }
    let progress = Progress::new(args.quiet);
    build(args, &progress)?;
    Ok(0)
}
