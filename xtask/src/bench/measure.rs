//! Running one child process and measuring it: wall time from spawn to
//! exit, user/system CPU time and peak RSS from the kernel's accounting of
//! that child (`wait4`), with a watchdog that kills it after a timeout.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

/// How a child ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    /// Killed by the watchdog.
    TimedOut,
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exit::Code(c) => write!(f, "exit code {c}"),
            Exit::Signal(s) => write!(f, "killed by signal {s}"),
            Exit::TimedOut => write!(f, "timed out"),
        }
    }
}

/// One measured run.
#[derive(Debug, Clone)]
pub struct Run {
    pub exit: Exit,
    /// Seconds from spawn to exit.
    pub wall: f64,
    pub user: f64,
    pub sys: f64,
    /// Peak resident set size of the child, KiB.
    pub max_rss_kib: u64,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

fn reader<R: Read + Send + 'static>(source: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut s) = source {
            let _ = s.read_to_end(&mut buf);
        }
        buf
    })
}

fn seconds(tv: libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6
}

/// Run `argv` with stdin closed, capturing stdout and stderr.
pub fn run(argv: &[String], timeout: Duration) -> Result<Run, String> {
    let (program, args) = argv
        .split_first()
        .ok_or_else(|| "empty command".to_string())?;
    let start = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run `{program}`: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let out = reader(child.stdout.take());
    let err = reader(child.stderr.take());

    // The watchdog kills the child only while it is not yet reaped: the
    // main thread marks `exited` before reaping, under the same lock, so
    // the pid cannot have been reused when the watchdog signals it.
    let exited = Arc::new(Mutex::new(false));
    let killed = Arc::new(AtomicBool::new(false));
    let (cancel, cancelled) = mpsc::channel::<()>();
    let watchdog = {
        let exited = Arc::clone(&exited);
        let killed = Arc::clone(&killed);
        thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = cancelled.recv_timeout(timeout) {
                let done = exited.lock().map(|g| *g).unwrap_or(true);
                if !done {
                    killed.store(true, Ordering::SeqCst);
                    // SAFETY: kill(2) has no memory-safety preconditions;
                    // `pid` is our unreaped child (see above).
                    unsafe {
                        libc::kill(pid, libc::SIGKILL);
                    }
                }
            }
        })
    };

    // Wait for the exit without reaping (WNOWAIT), so that the time is
    // taken as soon as the child ends.
    loop {
        // SAFETY: an all-zero siginfo_t is a valid value of this plain C
        // struct; waitid only writes into it.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable siginfo_t for the call.
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if r == 0 {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("waiting for `{program}`: {e}"));
        }
    }
    let wall = start.elapsed().as_secs_f64();
    if let Ok(mut g) = exited.lock() {
        *g = true;
    }
    let _ = cancel.send(());
    let _ = watchdog.join();

    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = loop {
        // SAFETY: `status` and `usage` are valid and writable; `pid` is our
        // child, which has exited and is not yet reaped.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break true;
        }
        if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            break false;
        }
    };
    if !reaped {
        return Err(format!(
            "waiting for `{program}`: {}",
            std::io::Error::last_os_error()
        ));
    }
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    let exit = if killed.load(Ordering::SeqCst) {
        Exit::TimedOut
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else {
        Exit::Signal(libc::WTERMSIG(status))
    };
    Ok(Run {
        exit,
        wall,
        user: seconds(usage.ru_utime),
        sys: seconds(usage.ru_stime),
        max_rss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
        stdout,
        stderr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> Run {
        let argv = ["sh", "-c", script].map(String::from);
        match run(&argv, timeout) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn captures_output_and_exit_code() {
        let r = sh("echo out; echo err >&2; exit 3", Duration::from_secs(20));
        assert_eq!(r.exit, Exit::Code(3));
        assert_eq!(r.stdout, b"out\n");
        assert_eq!(r.stderr, b"err\n");
        assert!(r.max_rss_kib > 0);
    }

    #[test]
    fn kills_after_the_timeout() {
        let r = sh("exec sleep 5", Duration::from_millis(200));
        assert_eq!(r.exit, Exit::TimedOut);
        assert!(r.wall < 4.0, "{}", r.wall);
    }

    #[test]
    fn a_missing_program_is_an_error() {
        let argv = vec!["/nonexistent/interpreter".to_string()];
        let e = run(&argv, Duration::from_secs(1)).err().unwrap_or_default();
        assert!(
            e.starts_with("cannot run `/nonexistent/interpreter`"),
            "{e}"
        );
    }
}
