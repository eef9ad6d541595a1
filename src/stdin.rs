//! Slate's one reader of standard input.
//!
//! Plain mode reads its answers from standard input, and so does a learner's program during
//! an interactive run. A program's read must stop when the run is stopped (Ctrl+C, the time
//! limit), which a blocking read cannot do: so on Unix Slate waits for input with `poll` in
//! short slices and reads only when bytes are there. Everything that reads standard input
//! goes through here, with one buffer, so no bytes are left stranded in a buffer the other
//! reader cannot see (Rust's own `Stdin` buffer would hide typed-ahead lines from `poll`).
//!
//! On Windows a console read cannot be polled this way; there Ctrl+C ends a console read by
//! itself, and the time limit applies once the read returns.

use std::io::Read;
use std::sync::Mutex;
use std::time::Duration;

/// Bytes read from standard input and not yet used.
static BUFFER: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// The most one read takes from the operating system. Larger than the buffer inside Rust's
/// `Stdin`, so reads go straight to the operating system and that buffer stays empty.
const CHUNK: usize = 64 * 1024;

/// Why a read that could be stopped ended without input.
#[derive(Debug)]
pub enum Stopped<E> {
    /// The caller's `stop` said so.
    By(E),
    /// Reading failed.
    Io(std::io::Error),
}

/// Reads one line (with its `\n`, if it has one) into `buf`, waiting as long as it takes.
/// Returns the number of bytes added; 0 means the input has ended.
pub fn read_line(buf: &mut String) -> std::io::Result<usize> {
    let mut line = Vec::new();
    loop {
        {
            let mut pending = BUFFER.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(end) = pending.iter().position(|&b| b == b'\n') {
                line.extend(pending.drain(..=end));
                break;
            }
            line.append(&mut pending);
        }
        let chunk = read_os()?;
        if chunk.is_empty() {
            break;
        }
        BUFFER
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(&chunk);
    }
    let text = String::from_utf8_lossy(&line);
    buf.push_str(&text);
    Ok(text.len())
}

/// Takes what is waiting in the buffer (typed ahead while a program ran), for a reader that
/// reads the terminal itself, such as plain mode's line editor: up to and with the first `\n`
/// if there is one, else all of it; empty when nothing waits. So no typed bytes are lost when
/// the line editor takes over.
pub fn take_buffered() -> String {
    let mut pending = BUFFER.lock().unwrap_or_else(|e| e.into_inner());
    let end = pending
        .iter()
        .position(|&b| b == b'\n')
        .map_or(pending.len(), |i| i + 1);
    let taken: Vec<u8> = pending.drain(..end).collect();
    String::from_utf8_lossy(&taken).into_owned()
}

/// Takes escape sequences (arrow keys, function keys, colours, window titles) and other ASCII
/// control characters out of typed bytes, keeping tabs and newlines. A terminal in its usual
/// line mode passes the arrow keys on as `ESC [ D` and the like; without this they would end
/// up in a learner's program, or in plain mode's answers, as `^[[D`.
pub fn strip_escapes(bytes: &[u8]) -> Vec<u8> {
    const ESC: u8 = 0x1b;
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        match b {
            ESC => match bytes.get(i) {
                // CSI: ESC [ parameters, then one final byte from @ to ~.
                Some(b'[') => {
                    i += 1;
                    while i < bytes.len() {
                        i += 1;
                        if (b'@'..=b'~').contains(&bytes[i - 1]) {
                            break;
                        }
                    }
                }
                // SS3 (some terminals' arrow and function keys): ESC O and one more.
                Some(b'O') => i += 2,
                // OSC, DCS and the like: up to BEL or ESC \.
                Some(b']' | b'P' | b'_' | b'^' | b'X') => {
                    i += 1;
                    while i < bytes.len() {
                        if bytes[i] == 0x07 {
                            i += 1;
                            break;
                        }
                        if bytes[i] == ESC && bytes.get(i + 1) == Some(&b'\\') {
                            i += 2;
                            break;
                        }
                        i += 1;
                    }
                }
                // ESC and one more character (Alt+key), or ESC alone.
                Some(_) => i += 1,
                None => {}
            },
            b'\t' | b'\n' => out.push(b),
            b if b < 0x20 || b == 0x7f => {}
            b => out.push(b),
        }
    }
    out
}

/// Reads up to `max` bytes as soon as any are there. Before each wait of at most `slice` it
/// asks `stop` whether to give up. An empty result means the input has ended.
pub fn read_some<E>(
    max: usize,
    slice: Duration,
    mut stop: impl FnMut() -> Result<(), E>,
) -> Result<Vec<u8>, Stopped<E>> {
    let max = max.max(1);
    loop {
        {
            let mut pending = BUFFER.lock().unwrap_or_else(|e| e.into_inner());
            if !pending.is_empty() {
                let n = pending.len().min(max);
                return Ok(pending.drain(..n).collect());
            }
        }
        stop().map_err(Stopped::By)?;
        if !readable(slice).map_err(Stopped::Io)? {
            continue;
        }
        let mut chunk = read_os().map_err(Stopped::Io)?;
        if chunk.len() > max {
            let rest = chunk.split_off(max);
            BUFFER
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .extend_from_slice(&rest);
        }
        return Ok(chunk);
    }
}

fn read_os() -> std::io::Result<Vec<u8>> {
    let mut chunk = vec![0u8; CHUNK];
    let n = loop {
        match std::io::stdin().lock().read(&mut chunk) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            other => break other?,
        }
    };
    chunk.truncate(n);
    Ok(chunk)
}

/// Whether standard input has bytes (or its end) to read, waiting at most `wait`.
#[cfg(unix)]
fn readable(wait: Duration) -> std::io::Result<bool> {
    use rustix::event::{PollFd, PollFlags, Timespec};
    use std::os::fd::AsFd;
    let stdin = std::io::stdin();
    let fd = stdin.as_fd();
    let mut fds = [PollFd::new(&fd, PollFlags::IN)];
    let timeout = Timespec {
        tv_sec: wait.as_secs() as _,
        tv_nsec: wait.subsec_nanos() as _,
    };
    match rustix::event::poll(&mut fds, Some(&timeout)) {
        Ok(n) => Ok(n > 0),
        Err(rustix::io::Errno::INTR) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(unix))]
fn readable(_wait: Duration) -> std::io::Result<bool> {
    Ok(true)
}

/// The terminal's settings from before plain mode's line editor first used it, so that its
/// raw mode is undone however Slate ends (a signal can end Slate in the middle of a question).
#[cfg(unix)]
static TERMINAL_MODE: std::sync::Mutex<Option<rustix::termios::Termios>> =
    std::sync::Mutex::new(None);

/// Remembers the terminal's settings, when standard input is a terminal.
pub fn remember_terminal_mode() {
    #[cfg(unix)]
    if let Ok(mode) = rustix::termios::tcgetattr(std::io::stdin()) {
        *TERMINAL_MODE.lock().unwrap_or_else(|e| e.into_inner()) = Some(mode);
    }
}

/// Puts the terminal's settings back as [`remember_terminal_mode`] found them. Safe to call
/// more than once, and when nothing was remembered.
pub fn restore_terminal_mode() {
    #[cfg(unix)]
    if let Some(mode) = TERMINAL_MODE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_ref()
    {
        let _ = rustix::termios::tcsetattr(
            std::io::stdin(),
            rustix::termios::OptionalActions::Now,
            mode,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_taken_out_of_typed_bytes() {
        let table: [(&str, &str); 10] = [
            ("print(1)\n", "print(1)\n"),
            // Left, right, up, down as most terminals send them, typed into a line.
            ("pri\x1b[Dnt(1)\x1b[C", "print(1)"),
            ("\x1b[A\x1b[B3", "3"),
            // SS3 arrows, Home and End with parameters, Delete.
            ("\x1bOD\x1b[1;5H\x1b[3~x = 1", "x = 1"),
            // A colour and a window title in pasted text.
            ("\x1b[31mred\x1b[0m", "red"),
            ("\x1b]0;title\x07ok", "ok"),
            ("\x1b]0;title\x1b\\ok", "ok"),
            // Alt+x, a stray backspace and a carriage return.
            ("\x1bxab\x08\r", "ab"),
            // Indentation and the lines of a paste are kept, and so are accents.
            ("\tif x:\n\t\tpass", "\tif x:\n\t\tpass"),
            ("Siân", "Siân"),
        ];
        for (typed, kept) in table {
            assert_eq!(
                String::from_utf8(strip_escapes(typed.as_bytes())).unwrap(),
                kept,
                "{typed:?}"
            );
        }
    }
}
