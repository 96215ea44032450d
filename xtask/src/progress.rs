//! Build progress: an indicatif bar per target when stderr is a terminal,
//! plain lines otherwise, nothing with `--quiet`. Everything goes to
//! stderr so that a program's own stdout passes through `run` unchanged.

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// The stages of a build, in order.
pub const STAGES: [&str; 6] = ["parse", "check", "IR", "lower", "emit", "compile/package"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Quiet,
    Plain,
    Bars,
}

pub struct Progress {
    mode: Mode,
    multi: MultiProgress,
}

impl Progress {
    pub fn new(quiet: bool) -> Progress {
        let mode = if quiet {
            Mode::Quiet
        } else if std::io::stderr().is_terminal() {
            Mode::Bars
        } else {
            Mode::Plain
        };
        let multi = MultiProgress::with_draw_target(if mode == Mode::Bars {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        });
        Progress { mode, multi }
    }

    /// A tracker for one target's build.
    pub fn target(&self, name: &str) -> TargetProgress {
        let bar = self.multi.add(ProgressBar::new(STAGES.len() as u64));
        let style =
            ProgressStyle::with_template("{prefix:>14} [{bar:24.cyan/blue}] {pos}/{len} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> ");
        bar.set_style(style);
        bar.set_prefix(name.to_string());
        if self.mode == Mode::Bars {
            bar.enable_steady_tick(Duration::from_millis(100));
        }
        TargetProgress {
            mode: self.mode,
            name: name.to_string(),
            bar,
            stage_start: Instant::now(),
            start: Instant::now(),
        }
    }

    /// A line shown only when bars are not drawn (plain output).
    pub fn plain(&self, line: &str) {
        if self.mode == Mode::Plain {
            eprintln!("{line}");
        }
    }

    /// A line of the toolchain's own (printed above the bars).
    pub fn note(&self, line: &str) {
        match self.mode {
            Mode::Quiet => {}
            Mode::Plain => eprintln!("{line}"),
            Mode::Bars => {
                let _ = self.multi.println(line);
            }
        }
    }
}

pub struct TargetProgress {
    mode: Mode,
    name: String,
    bar: ProgressBar,
    stage_start: Instant,
    start: Instant,
}

impl TargetProgress {
    /// Mark the start of a stage.
    pub fn stage(&mut self, stage: &str) {
        self.stage_start = Instant::now();
        self.bar.set_message(stage.to_string());
    }

    /// Mark the end of the current stage.
    pub fn done(&mut self, stage: &str) {
        let ms = self.stage_start.elapsed().as_secs_f64() * 1000.0;
        if self.mode == Mode::Plain {
            eprintln!("{:>14}: {stage} ({ms:.0} ms)", self.name);
        }
        self.bar.inc(1);
    }

    /// Mark a stage done without a line of its own (shared stages).
    pub fn done_silently(&mut self) {
        self.bar.inc(1);
    }

    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// End the bar with the summary line.
    pub fn finish(self, summary: &str) {
        match self.mode {
            Mode::Quiet => self.bar.finish_and_clear(),
            Mode::Plain => {
                eprintln!("{summary}");
                self.bar.finish_and_clear();
            }
            Mode::Bars => {
                self.bar.set_style(
                    ProgressStyle::with_template("{msg}")
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                );
                self.bar.finish_with_message(summary.to_string());
            }
        }
    }

    /// End the bar after a failure.
    pub fn fail(self) {
        self.bar.finish_and_clear();
    }
}
