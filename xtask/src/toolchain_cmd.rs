//! `cargo xtask toolchains [--install]`: what each target needs and what is
//! present.

use crate::Failure;
use crate::build::{all_targets, ensure_toolchains};
use crate::progress::Progress;

pub fn cmd_toolchains(install: bool) -> Result<u8, Failure> {
    let targets = all_targets()?;
    if install {
        ensure_toolchains(&targets, &Progress::new(false))?;
    }
    let mut missing = 0;
    for t in &targets {
        println!(
            "{} ({} backend, {}):",
            t.name,
            format!("{:?}", t.backend).to_lowercase(),
            t.triple
        );
        for tool in &t.tools {
            match toolchains::probe(tool) {
                Some(p) => println!(
                    "  ok       {:<24} {} [{}]",
                    tool.name,
                    p.display(),
                    tool.package
                ),
                None => {
                    missing += 1;
                    println!(
                        "  MISSING  {:<24} {} [{}]",
                        tool.name, tool.probe, tool.package
                    )
                }
            }
        }
    }
    if missing > 0 {
        println!(
            "\n{missing} missing; `cargo xtask toolchains --install` installs them with apt-get"
        );
    }
    Ok(0)
}
