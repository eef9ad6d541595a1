//! The full-screen tutor on a real pseudo-terminal, as a learner's terminal runs it: what
//! happens when the window is closed under it, and (with `vt100` turning what Slate draws
//! back into a screen of text) whole journeys in any language, since the language is per
//! process.

use super::*;
use std::io::Read;
use std::os::fd::{AsFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};

/// The `slate` on a pseudo-terminal: killed when dropped, so a failed test leaves no
/// process behind.
pub struct Running(Option<std::process::Child>);

impl Running {
    pub fn id(&self) -> u32 {
        self.0.as_ref().expect("running").id()
    }

    /// Whether it has ended (and so is no longer running).
    pub fn try_wait(&mut self) -> Option<std::process::ExitStatus> {
        self.0.as_mut().expect("running").try_wait().ok().flatten()
    }

    /// Waits for it to end by itself.
    pub fn wait_with_output(mut self) -> std::process::Output {
        self.0.take().expect("running").wait_with_output().unwrap()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(child) = &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A pseudo-terminal whose screen output is collected as it comes.
pub struct Pty {
    master: Option<OwnedFd>,
    seen: Arc<Mutex<Vec<u8>>>,
    /// The screen as a terminal would show it.
    screen: Arc<Mutex<vt100::Parser>>,
    stop: Arc<AtomicBool>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Pty {
    /// Starts `cmd` on a new 80x24 pseudo-terminal.
    pub fn spawn(cmd: &mut Command) -> (Pty, Running) {
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
        grantpt(&master).unwrap();
        unlockpt(&master).unwrap();
        let name = ptsname(&master, Vec::new()).unwrap();
        let slave: OwnedFd = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(name.to_str().unwrap())
            .unwrap()
            .into();
        rustix::termios::tcsetwinsize(
            &slave,
            rustix::termios::Winsize {
                ws_row: 24,
                ws_col: 80,
                ws_xpixel: 0,
                ws_ypixel: 0,
            },
        )
        .unwrap();
        let child = cmd
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave))
            .spawn()
            .expect("slate starts");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let screen = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let stop = Arc::new(AtomicBool::new(false));
        let reader = {
            let mut file = std::fs::File::from(master.try_clone().unwrap());
            let seen = seen.clone();
            let screen = screen.clone();
            let stop = stop.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while !stop.load(Ordering::SeqCst) {
                    let mut fds = [rustix::event::PollFd::new(
                        &file,
                        rustix::event::PollFlags::IN,
                    )];
                    let timeout = rustix::event::Timespec {
                        tv_sec: 0,
                        tv_nsec: 20_000_000,
                    };
                    if rustix::event::poll(&mut fds, Some(&timeout)).unwrap_or(0) == 0 {
                        continue;
                    }
                    match file.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            // Answer "where is the cursor?" as a terminal would.
                            if buf[..n].windows(4).any(|w| w == b"\x1b[6n") {
                                let _ = std::io::Write::write_all(&mut file, b"\x1b[1;1R");
                            }
                            seen.lock().unwrap().extend_from_slice(&buf[..n]);
                            screen.lock().unwrap().process(&buf[..n]);
                        }
                    }
                }
            })
        };
        let child = Running(Some(child));
        let pty = Pty {
            master: Some(master),
            seen,
            screen,
            stop,
            reader: Some(reader),
        };
        (pty, child)
    }

    /// Waits until `text` has been drawn since the last call, then forgets what was seen.
    pub fn wait_for(&self, text: &str) {
        let started = Instant::now();
        loop {
            {
                let mut seen = self.seen.lock().unwrap();
                if String::from_utf8_lossy(&seen).contains(text) {
                    seen.clear();
                    return;
                }
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "{text:?} never appeared; the screen showed:\n{}",
                String::from_utf8_lossy(&self.seen.lock().unwrap())
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The terminal's settings now.
    pub fn mode(&self) -> rustix::termios::Termios {
        rustix::termios::tcgetattr(self.master.as_ref().expect("the terminal is open")).unwrap()
    }

    /// Everything written to the terminal so far (since the last [`Pty::wait_for`]).
    pub fn output(&self) -> String {
        String::from_utf8_lossy(&self.seen.lock().unwrap()).into_owned()
    }

    /// The screen now, one line per row, trailing spaces removed.
    pub fn screen(&self) -> String {
        let parser = self.screen.lock().unwrap();
        parser
            .screen()
            .rows(0, 80)
            .map(|row| row.trim_end().to_owned())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Waits until the screen shows `text`, then gives the screen.
    pub fn wait_screen(&self, text: &str) -> String {
        let started = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                // Let the frame finish drawing.
                std::thread::sleep(Duration::from_millis(150));
                return self.screen();
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "{text:?} never appeared; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send(&self, keys: &str) {
        let fd = self.master.as_ref().expect("the terminal is open").as_fd();
        rustix::io::write(fd, keys.as_bytes()).unwrap();
    }

    /// Closes the terminal, as closing its window does.
    pub fn close(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        self.master = None;
    }
}

fn find_file(dir: &std::path::Path, name: &str) -> Option<std::path::PathBuf> {
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if let Some(found) = find_file(&path, name) {
                return Some(found);
            }
        } else if path.file_name().is_some_and(|n| n == name) {
            return Some(path);
        }
    }
    None
}

/// Code typed a moment before the terminal window is closed is saved: the window going
/// away (the terminal closed, then the hang-up signal) must not lose it.
#[test]
fn code_typed_just_before_the_window_closes_is_saved() {
    let home = Home::new();
    let added = home.run(&["learner", "add", "Maya"], "");
    assert!(added.status.success(), "{}", stderr(&added));
    let (mut pty, child) = Pty::spawn(home.slate().env("TERM", "xterm"));
    pty.wait_for("Maya");
    pty.send("\r");
    pty.wait_for("Your course");
    pty.send("\r");
    pty.wait_for("page 1 of");
    // Through the lesson's pages to its first exercise.
    let started = Instant::now();
    loop {
        pty.send("\x1b[C");
        std::thread::sleep(Duration::from_millis(300));
        if String::from_utf8_lossy(&pty.seen.lock().unwrap()).contains("Your program") {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "no exercise");
    }
    // Ctrl+End: after the starter comment, whatever line the cursor started on.
    pty.send("\x1b[1;5F");
    pty.send("\rprint('kept')");
    // No pause for the autosave: the window closes at once.
    std::thread::sleep(Duration::from_millis(50));
    pty.close();
    let status = Command::new("kill")
        .args(["-HUP", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let out = child.wait_with_output();
    assert_eq!(out.status.code(), Some(129));
    let file = find_file(home.path(), "hello-world.py").expect("the exercise's file exists");
    let code = std::fs::read_to_string(&file).unwrap();
    assert!(code.contains("print('kept')"), "{file:?} holds:\n{code}");
}

/// A termination signal while plain mode waits at a question (its line editor has the
/// terminal in raw mode) leaves the terminal as it found it: typed letters show again.
#[test]
fn a_signal_at_a_plain_mode_question_gives_the_terminal_back() {
    use rustix::termios::LocalModes;
    let home = Home::new();
    let (pty, mut child) = Pty::spawn(home.slate().arg("--plain").env("TERM", "xterm"));
    let before = pty.mode();
    assert!(
        before
            .local_modes
            .contains(LocalModes::ICANON | LocalModes::ECHO)
    );
    pty.wait_for("Type a number");
    let started = Instant::now();
    while pty.mode().local_modes.contains(LocalModes::ICANON) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "never in raw mode"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let started = Instant::now();
    while child.try_wait().is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "slate did not end"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let after = pty.mode();
    assert!(
        after
            .local_modes
            .contains(LocalModes::ICANON | LocalModes::ECHO),
        "the terminal was left in raw mode: {:?}",
        after.local_modes
    );
}
