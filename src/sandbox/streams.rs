//! The guest's standard streams.
//!
//! Output is captured into memory (for marking) with one byte limit shared by stdout and
//! stderr, and optionally copied live to the real terminal, made safe on the way. Reaching
//! the limit stops the program at once (a trap), so a flood of output cannot fill memory.
//! Interactive input reads the real terminal and records how long the program waited for
//! the learner, so that time does not count against the time limit.

use std::io::{Read, Write};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use wasmtime_wasi::cli::{IsTerminal, StdinStream, StdoutStream};
use wasmtime_wasi::p2::{InputStream, OutputStream, Pollable, StreamError, StreamResult};

use super::LimitHit;
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

    /// The captured stdout and stderr, and whether the limit was reached.
    pub fn finish(&self) -> (String, String, bool) {
        let c = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        (
            String::from_utf8_lossy(&c.stdout).into_owned(),
            String::from_utf8_lossy(&c.stderr).into_owned(),
            c.hit,
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

/// How long a run has spent waiting for the learner to type.
#[derive(Debug, Default)]
pub struct WaitTime {
    /// Finished waits, in microseconds.
    total_us: AtomicU64,
    /// Start of the wait in progress.
    since: Mutex<Option<Instant>>,
}

impl WaitTime {
    pub fn total(&self) -> Duration {
        let done = Duration::from_micros(self.total_us.load(Ordering::SeqCst));
        let current = self
            .since
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .map(|s| s.elapsed())
            .unwrap_or_default();
        done + current
    }

    pub fn is_waiting(&self) -> bool {
        self.since
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some()
    }

    fn begin(&self) {
        *self.since.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
    }

    fn end(&self) {
        let started = self.since.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(s) = started {
            self.total_us
                .fetch_add(s.elapsed().as_micros() as u64, Ordering::SeqCst);
        }
    }
}

/// The real terminal as the guest's stdin.
#[derive(Clone)]
pub struct TerminalStdin {
    waiting: Arc<WaitTime>,
}

impl TerminalStdin {
    pub fn new(waiting: Arc<WaitTime>) -> Self {
        TerminalStdin { waiting }
    }

    fn read_blocking(&self, size: usize) -> std::io::Result<Vec<u8>> {
        let mut buf = vec![0u8; size.clamp(1, 64 * 1024)];
        self.waiting.begin();
        let n = std::io::stdin().lock().read(&mut buf);
        self.waiting.end();
        let n = n?;
        buf.truncate(n);
        Ok(buf)
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
            Err(e) => Err(StreamError::LastOperationFailed(wasmtime::Error::new(e))),
        }
    }
}

impl tokio::io::AsyncRead for TerminalStdin {
    fn poll_read(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let bytes = self.read_blocking(buf.remaining())?;
        buf.put_slice(&bytes);
        Poll::Ready(Ok(()))
    }
}
