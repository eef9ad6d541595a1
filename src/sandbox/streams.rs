//! The guest's standard streams.
//!
//! Output is captured into memory (for marking) with one byte limit shared by stdout and
//! stderr, and optionally copied live to the real terminal, made safe on the way. Reaching
//! the limit stops the program at once (a trap), so a flood of output cannot fill memory.
//! Interactive input reads Slate's standard input through [`crate::stdin`], in short waits
//! that the run's [`Deadline`] can end (Ctrl+C, the time limit). Time spent waiting for a
//! person at a real terminal does not count against the time limit; waiting on a pipe or a
//! file that never ends does.

use std::io::Write;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use wasmtime_wasi::cli::{IsTerminal, StdinStream, StdoutStream};
use wasmtime_wasi::p2::{InputStream, OutputStream, Pollable, StreamError, StreamResult};

use super::LimitHit;
use super::Printed;
use super::clock::{Deadline, SLICE};
use crate::safe_text;

/// Which real stream live output is copied to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Stdout,
    Stderr,
}

#[derive(Default)]
struct Captured {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    total: usize,
    hit: bool,
    /// Line breaks among the bytes kept.
    lines: usize,
    /// The last byte kept was not a line break: one more line was begun.
    partial: bool,
    /// When the program last wrote anything.
    last_write: Option<Instant>,
}

/// Output shared by the guest's stdout and stderr, with one limit for both.
#[derive(Clone)]
pub struct SharedCapture {
    inner: Arc<Mutex<Captured>>,
    limit: usize,
}

impl SharedCapture {
    pub fn new(limit: usize) -> Self {
        SharedCapture {
            inner: Arc::new(Mutex::new(Captured::default())),
            limit,
        }
    }

    /// The captured stdout and stderr, whether the limit was reached, and how much was
    /// printed and how recently (the run began at `started`).
    pub fn finish(&self, started: Instant) -> (String, String, bool, Printed) {
        let c = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let printed = Printed {
            bytes: c.total,
            lines: c.lines + usize::from(c.partial),
            quiet_for: c.last_write.unwrap_or(started).elapsed(),
        };
        (
            String::from_utf8_lossy(&c.stdout).into_owned(),
            String::from_utf8_lossy(&c.stderr).into_owned(),
            c.hit,
            printed,
        )
    }
}

/// One of the guest's output streams.
#[derive(Clone)]
pub struct Capture {
    shared: SharedCapture,
    which: Target,
    live: Option<Target>,
    sanitiser: Arc<Mutex<safe_text::Stream>>,
}

impl Capture {
    /// The guest's `which` stream; `live` also copies it to the same real stream.
    pub fn new(shared: SharedCapture, which: Target, live: bool) -> Self {
        Capture {
            shared,
            which,
            live: live.then_some(which),
            sanitiser: Arc::new(Mutex::new(safe_text::Stream::default())),
        }
    }

    fn write_bytes(&self, bytes: &[u8]) -> Result<(), LimitHit> {
        let (accepted, hit) = {
            let mut c = self.shared.inner.lock().unwrap_or_else(|e| e.into_inner());
            let room = self.shared.limit.saturating_sub(c.total);
            let accepted = bytes.len().min(room);
            let buf = match self.which {
                Target::Stdout => &mut c.stdout,
                Target::Stderr => &mut c.stderr,
            };
            buf.extend_from_slice(&bytes[..accepted]);
            c.total += accepted;
            c.lines += bytes[..accepted].iter().filter(|&&b| b == b'\n').count();
            if let Some(&last) = bytes[..accepted].last() {
                c.partial = last != b'\n';
            }
            if !bytes.is_empty() {
                c.last_write = Some(Instant::now());
            }
            if accepted < bytes.len() {
                c.hit = true;
            }
            (accepted, c.hit)
        };
        if let Some(target) = self.live {
            let mut sanitiser = self.sanitiser.lock().unwrap_or_else(|e| e.into_inner());
            let mut text = sanitiser.push(&bytes[..accepted]);
            if hit {
                text.push_str(&sanitiser.finish());
            }
            // Showing output is best effort: a closed terminal must not stop marking.
            let _ = match target {
                Target::Stdout => {
                    let mut out = std::io::stdout().lock();
                    out.write_all(text.as_bytes()).and_then(|_| out.flush())
                }
                Target::Stderr => {
                    let mut err = std::io::stderr().lock();
                    err.write_all(text.as_bytes()).and_then(|_| err.flush())
                }
            };
        }
        if hit { Err(LimitHit::Output) } else { Ok(()) }
    }
}

impl IsTerminal for Capture {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for Capture {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for Capture {
    async fn ready(&mut self) {}
}

impl OutputStream for Capture {
    fn write(&mut self, bytes: Bytes) -> StreamResult<()> {
        self.write_bytes(&bytes)
            .map_err(|hit| StreamError::Trap(wasmtime::Error::new(hit)))
    }

    fn flush(&mut self) -> StreamResult<()> {
        Ok(())
    }

    fn check_write(&mut self) -> StreamResult<usize> {
        // Always accept a full buffer: the limit is enforced (with a trap) in `write`, so a
        // program cannot go on after its output was cut short.
        Ok(64 * 1024)
    }
}

impl tokio::io::AsyncWrite for Capture {
    fn poll_write(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Poll::Ready(
            self.write_bytes(buf)
                .map(|()| buf.len())
                .map_err(std::io::Error::other),
        )
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// Slate's standard input as the guest's stdin (an interactive run).
#[derive(Clone)]
pub struct TerminalStdin {
    deadline: Arc<Deadline>,
    /// A person is typing at a real terminal: time spent waiting for them is not counted.
    person: bool,
}

/// Why reading the guest's input ended without bytes.
enum ReadEnd {
    Limit(LimitHit),
    Io(std::io::Error),
}

impl TerminalStdin {
    pub fn new(deadline: Arc<Deadline>) -> Self {
        TerminalStdin {
            deadline,
            person: std::io::IsTerminal::is_terminal(&std::io::stdin()),
        }
    }

    fn read_blocking(&self, size: usize) -> Result<Vec<u8>, ReadEnd> {
        let read =
            || crate::stdin::read_some(size.clamp(1, 64 * 1024), SLICE, || self.deadline.check());
        let result = if self.person {
            // A person at a terminal: arrow keys and other escape sequences never reach the
            // program (the terminal's line mode passes them on as `ESC [ D`). A read that was
            // only such keys is not the end of the input: wait for more.
            self.deadline.waiting_for_person(|| {
                loop {
                    let bytes = read()?;
                    let typed = crate::stdin::strip_escapes(&bytes);
                    if bytes.is_empty() || !typed.is_empty() {
                        break Ok(typed);
                    }
                }
            })
        } else {
            read()
        };
        result.map_err(|e| match e {
            crate::stdin::Stopped::By(hit) => ReadEnd::Limit(hit),
            crate::stdin::Stopped::Io(e) => ReadEnd::Io(e),
        })
    }
}

impl IsTerminal for TerminalStdin {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdinStream for TerminalStdin {
    fn p2_stream(&self) -> Box<dyn InputStream> {
        Box::new(TerminalInput {
            stdin: self.clone(),
            closed: false,
        })
    }

    fn async_stream(&self) -> Box<dyn tokio::io::AsyncRead + Send + Sync> {
        Box::new(self.clone())
    }
}

struct TerminalInput {
    stdin: TerminalStdin,
    closed: bool,
}

#[wasmtime_wasi::async_trait]
impl Pollable for TerminalInput {
    async fn ready(&mut self) {}
}

impl InputStream for TerminalInput {
    fn read(&mut self, size: usize) -> StreamResult<Bytes> {
        if self.closed {
            return Err(StreamError::Closed);
        }
        match self.stdin.read_blocking(size) {
            Ok(bytes) if bytes.is_empty() => {
                self.closed = true;
                Err(StreamError::Closed)
            }
            Ok(bytes) => Ok(Bytes::from(bytes)),
            Err(ReadEnd::Limit(hit)) => Err(StreamError::Trap(wasmtime::Error::new(hit))),
            Err(ReadEnd::Io(e)) => Err(StreamError::LastOperationFailed(wasmtime::Error::new(e))),
        }
    }
}

impl tokio::io::AsyncRead for TerminalStdin {
    fn poll_read(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let bytes = self.read_blocking(buf.remaining()).map_err(|e| match e {
            ReadEnd::Limit(hit) => std::io::Error::other(hit),
            ReadEnd::Io(e) => e,
        })?;
        buf.put_slice(&bytes);
        Poll::Ready(Ok(()))
    }
}
