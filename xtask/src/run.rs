//! `cargo xtask run`: translate (reusing an up-to-date build) and run the
//! result with the target's runner; the program's stdout, stderr and exit
//! code pass through unchanged.

use crate::Failure;
use crate::build::{self, build_is_current, default_out_dir, output_name, select_targets};
use crate::cli::RunArgs;
use crate::progress::Progress;
use std::process::Command;

pub fn cmd_run(r: &RunArgs) -> Result<u8, Failure> {
    let targets = select_targets(&r.build.target)?;
    let Some(spec) = targets.first() else {
        return Err("no target selected".into());
    };
    let Some(entry) = &r.build.entry else {
        return Err("`run` needs the program: cargo xtask run --target T FILE.py".into());
    };
    let out_dir = r.build.out.clone().unwrap_or_else(|| default_out_dir(spec));
    let output = out_dir.join(output_name(spec, Some(entry)));
    let progress = Progress::new(r.build.quiet);
    if !build_is_current(spec, r.build.variant, entry, &output) {
        build::build(&r.build, &progress)?;
    } else {
        build::ensure_toolchains(&targets, &progress)?;
    }
    let mut argv: Vec<String> = spec.runner.command.clone();
    argv.push(output.display().to_string());
    argv.extend(r.program_args.iter().cloned());
    let status = Command::new(&argv[0])
        .args(&argv[1..])
        .status()
        .map_err(|e| format!("cannot run `{}`: {e}", argv[0]))?;
    match status.code() {
        Some(c) => Ok((c & 0xff) as u8),
        None => {
            use std::os::unix::process::ExitStatusExt;
            let sig = status.signal().unwrap_or(0);
            eprintln!("error: the program was killed by signal {sig}");
            Ok((128 + sig).clamp(0, 255) as u8)
        }
    }
}
