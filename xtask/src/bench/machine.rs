//! What the figures were measured on: CPU, cores, memory, OS, the git
//! commit of the tree, and the date.

use std::path::Path;
use std::process::Command;

#[derive(Debug, Clone, Default)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub memory_kib: u64,
    pub os: String,
    pub kernel: String,
    pub arch: String,
    pub commit: String,
    /// Tracked files differ from the commit.
    pub dirty: bool,
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// The value of the first `key: value` line of /proc-style text.
fn field<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        (k.trim() == key).then(|| v.trim())
    })
}

fn git(root: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

impl Machine {
    pub fn describe(root: &Path) -> Machine {
        let cpuinfo = read("/proc/cpuinfo");
        let meminfo = read("/proc/meminfo");
        let os_release = read("/etc/os-release");
        let os = os_release
            .lines()
            .find_map(|l| l.strip_prefix("PRETTY_NAME="))
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_else(|| std::env::consts::OS.to_string());
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0);
        Machine {
            cpu: field(&cpuinfo, "model name")
                .unwrap_or("unknown")
                .to_string(),
            cores,
            memory_kib: field(&meminfo, "MemTotal")
                .and_then(|v| v.trim_end_matches("kB").trim().parse().ok())
                .unwrap_or(0),
            os,
            kernel: read("/proc/sys/kernel/osrelease").trim().to_string(),
            arch: std::env::consts::ARCH.to_string(),
            commit: git(root, &["rev-parse", "HEAD"]).unwrap_or_else(|| "unknown".into()),
            dirty: git(root, &["status", "--porcelain", "--untracked-files=no"])
                .is_some_and(|s| !s.is_empty()),
        }
    }

    pub fn one_line(&self) -> String {
        format!(
            "{}, {} logical cores, {:.1} GiB, {} (Linux {}, {})",
            self.cpu,
            self.cores,
            self.memory_kib as f64 / (1024.0 * 1024.0),
            self.os,
            self.kernel,
            self.arch
        )
    }

    pub fn commit_text(&self) -> String {
        if self.dirty {
            format!("{} (with uncommitted changes)", self.commit)
        } else {
            self.commit.clone()
        }
    }
}

/// Civil date (year, month, day) of a day count since 1970-01-01, in the
/// proleptic Gregorian calendar.
fn civil(days: i64) -> (i64, u32, u32) {
    // Shift to a calendar whose years start on 1 March, so that the leap
    // day is the last day of the year; eras are 400-year cycles.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153; // 0 = March
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `YYYY-MM-DD HH:MM UTC` for a time in seconds since the epoch.
pub fn format_utc(secs: i64) -> String {
    let (y, m, d) = civil(secs.div_euclid(86_400));
    let in_day = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        in_day / 3600,
        in_day % 3600 / 60
    )
}

pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    format_utc(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(format_utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_utc(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(format_utc(1_709_251_199), "2024-02-29 23:59 UTC");
        assert_eq!(
            format_utc(1_735_689_600 + 3 * 3600 + 7 * 60),
            "2025-01-01 03:07 UTC"
        );
    }

    #[test]
    fn proc_fields() {
        let text = "processor\t: 0\nmodel name\t: Some CPU @ 3GHz\n";
        assert_eq!(field(text, "model name"), Some("Some CPU @ 3GHz"));
        assert_eq!(field(text, "flags"), None);
    }
}
