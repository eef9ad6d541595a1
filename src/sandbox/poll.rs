//! WASI's `poll_oneoff`: how a guest sleeps (`time.sleep`) and waits (`select.select`).
//!
//! wasmtime-wasi's own version blocks the host thread for as long as the guest asks, out of
//! reach of the time limit and Ctrl+C, which are otherwise only checked inside guest code.
//! Slate replaces it with this one, which waits through the run's [`Deadline`] in short
//! slices. The guest has no files or sockets, so the only things to wait for are clocks and
//! its three standard streams: output is always ready, and input is reported ready at once
//! (reading it then waits under the deadline too, see `streams`).
//!
//! Layouts are WASI preview 1's: a subscription is 48 bytes (userdata at 0, tag at 8, then
//! the clock's id at 16, timeout at 24, precision at 32 and flags at 40, or an fd at 16), an
//! event 32 bytes (userdata at 0, errno at 8, type at 10, bytes ready at 16, flags at 24).

use std::time::{Duration, SystemTime};
use wasmtime::{Caller, Linker};

use super::Host;

const SUBSCRIPTION_SIZE: usize = 48;
const EVENT_SIZE: usize = 32;
/// More subscriptions than any real program makes; bounds the host's work.
const MAX_SUBSCRIPTIONS: u32 = 4096;

const TAG_CLOCK: u8 = 0;
const TAG_FD_READ: u8 = 1;
const TAG_FD_WRITE: u8 = 2;
const CLOCK_REALTIME: u32 = 0;
const CLOCK_MONOTONIC: u32 = 1;
const CLOCK_PROCESS_CPUTIME: u32 = 2;
const CLOCK_THREAD_CPUTIME: u32 = 3;
const ABSTIME: u16 = 1;

const ERRNO_SUCCESS: u16 = 0;
const ERRNO_BADF: u16 = 8;
const ERRNO_FAULT: i32 = 21;
const ERRNO_INVAL: i32 = 28;

/// One thing the guest waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Subscription {
    userdata: u64,
    tag: u8,
    wait: Wait,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wait {
    /// A clock, due after this long.
    Clock(Duration),
    /// A standard stream, ready now.
    Ready,
    /// A descriptor the guest does not have.
    BadDescriptor,
}

/// Puts Slate's `poll_oneoff` in place of wasmtime-wasi's.
pub fn add_to_linker(linker: &mut Linker<Host>) -> wasmtime::Result<()> {
    linker.allow_shadowing(true);
    linker.func_wrap(
        "wasi_snapshot_preview1",
        "poll_oneoff",
        |mut caller: Caller<'_, Host>,
         subs: u32,
         events: u32,
         count: u32,
         nevents: u32|
         -> wasmtime::Result<i32> {
            poll_oneoff(&mut caller, subs, events, count, nevents)
        },
    )?;
    linker.allow_shadowing(false);
    Ok(())
}

fn poll_oneoff(
    caller: &mut Caller<'_, Host>,
    subs: u32,
    events: u32,
    count: u32,
    nevents: u32,
) -> wasmtime::Result<i32> {
    if count == 0 || count > MAX_SUBSCRIPTIONS {
        return Ok(ERRNO_INVAL);
    }
    let memory = super::guest_memory(caller)?;
    let mut raw = vec![0u8; count as usize * SUBSCRIPTION_SIZE];
    if memory.read(&*caller, subs as usize, &mut raw).is_err() {
        return Ok(ERRNO_FAULT);
    }
    let clock = caller.data().clock;
    let mut parsed = Vec::with_capacity(count as usize);
    for bytes in raw.chunks_exact(SUBSCRIPTION_SIZE) {
        match parse(bytes, clock.now_ns(), wall_now_ns()) {
            Some(sub) => parsed.push(sub),
            None => return Ok(ERRNO_INVAL),
        }
    }

    let due = due_now(&parsed);
    let due = if due.is_empty() {
        // Only clocks: sleep until the first is due, or until the run must stop.
        let first = parsed
            .iter()
            .filter_map(|s| match s.wait {
                Wait::Clock(d) => Some(d),
                _ => None,
            })
            .min()
            .unwrap_or_default();
        let deadline = caller.data().deadline.clone();
        deadline.sleep(first).map_err(wasmtime::Error::new)?;
        parsed
            .iter()
            .filter(|s| matches!(s.wait, Wait::Clock(d) if d <= first))
            .copied()
            .collect()
    } else {
        due
    };

    let mut out = Vec::with_capacity(due.len() * EVENT_SIZE);
    for sub in &due {
        out.extend_from_slice(&event(sub));
    }
    let written = u32::try_from(due.len()).unwrap_or(u32::MAX);
    if memory.write(&mut *caller, events as usize, &out).is_err()
        || memory
            .write(&mut *caller, nevents as usize, &written.to_le_bytes())
            .is_err()
    {
        return Ok(ERRNO_FAULT);
    }
    Ok(0)
}

/// Subscriptions that are ready without waiting: streams, bad descriptors, clocks due now.
fn due_now(subs: &[Subscription]) -> Vec<Subscription> {
    subs.iter()
        .filter(|s| match s.wait {
            Wait::Clock(d) => d.is_zero(),
            Wait::Ready | Wait::BadDescriptor => true,
        })
        .copied()
        .collect()
}

fn wall_now_ns() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("four bytes"))
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("eight bytes"))
}

/// Reads one subscription; `None` when it is not valid WASI.
fn parse(b: &[u8], monotonic_now: u64, wall_now: u64) -> Option<Subscription> {
    let userdata = u64_at(b, 0);
    let tag = b[8];
    let wait = match tag {
        TAG_CLOCK => {
            let id = u32_at(b, 16);
            let timeout = u64_at(b, 24);
            let absolute = u16_at(b, 40) & ABSTIME != 0;
            let nanos = match (id, absolute) {
                (CLOCK_REALTIME, true) => timeout.saturating_sub(wall_now),
                (CLOCK_MONOTONIC, true) => timeout.saturating_sub(monotonic_now),
                (CLOCK_REALTIME | CLOCK_MONOTONIC, false) => timeout,
                (CLOCK_PROCESS_CPUTIME | CLOCK_THREAD_CPUTIME, false) => timeout,
                _ => return None,
            };
            Wait::Clock(Duration::from_nanos(nanos))
        }
        TAG_FD_READ => match u32_at(b, 16) {
            0 => Wait::Ready,
            _ => Wait::BadDescriptor,
        },
        TAG_FD_WRITE => match u32_at(b, 16) {
            1 | 2 => Wait::Ready,
            _ => Wait::BadDescriptor,
        },
        _ => return None,
    };
    Some(Subscription {
        userdata,
        tag,
        wait,
    })
}

fn event(sub: &Subscription) -> [u8; EVENT_SIZE] {
    let mut e = [0u8; EVENT_SIZE];
    e[0..8].copy_from_slice(&sub.userdata.to_le_bytes());
    let errno = match sub.wait {
        Wait::BadDescriptor => ERRNO_BADF,
        _ => ERRNO_SUCCESS,
    };
    e[8..10].copy_from_slice(&errno.to_le_bytes());
    e[10] = sub.tag;
    if sub.tag != TAG_CLOCK && errno == ERRNO_SUCCESS {
        e[16..24].copy_from_slice(&1u64.to_le_bytes());
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock(id: u32, timeout: u64, flags: u16) -> [u8; SUBSCRIPTION_SIZE] {
        let mut b = [0u8; SUBSCRIPTION_SIZE];
        b[0..8].copy_from_slice(&7u64.to_le_bytes());
        b[8] = TAG_CLOCK;
        b[16..20].copy_from_slice(&id.to_le_bytes());
        b[24..32].copy_from_slice(&timeout.to_le_bytes());
        b[40..42].copy_from_slice(&flags.to_le_bytes());
        b
    }

    fn fd(tag: u8, fd: u32) -> [u8; SUBSCRIPTION_SIZE] {
        let mut b = [0u8; SUBSCRIPTION_SIZE];
        b[8] = tag;
        b[16..20].copy_from_slice(&fd.to_le_bytes());
        b
    }

    #[test]
    fn relative_and_absolute_clocks_become_waits() {
        let s = parse(&clock(CLOCK_MONOTONIC, 5_000, 0), 100, 0).unwrap();
        assert_eq!(s.wait, Wait::Clock(Duration::from_nanos(5_000)));
        assert_eq!(s.userdata, 7);
        let s = parse(&clock(CLOCK_MONOTONIC, 5_000, ABSTIME), 1_000, 0).unwrap();
        assert_eq!(s.wait, Wait::Clock(Duration::from_nanos(4_000)));
        let s = parse(&clock(CLOCK_REALTIME, 5_000, ABSTIME), 0, 9_000).unwrap();
        assert_eq!(s.wait, Wait::Clock(Duration::ZERO));
    }

    #[test]
    fn unknown_clocks_and_tags_are_invalid() {
        assert_eq!(parse(&clock(9, 1, 0), 0, 0), None);
        assert_eq!(parse(&clock(CLOCK_PROCESS_CPUTIME, 1, ABSTIME), 0, 0), None);
        assert_eq!(parse(&fd(7, 0), 0, 0), None);
    }

    #[test]
    fn standard_streams_are_ready_and_others_are_bad() {
        assert_eq!(parse(&fd(TAG_FD_READ, 0), 0, 0).unwrap().wait, Wait::Ready);
        assert_eq!(parse(&fd(TAG_FD_WRITE, 2), 0, 0).unwrap().wait, Wait::Ready);
        let bad = parse(&fd(TAG_FD_READ, 5), 0, 0).unwrap();
        assert_eq!(bad.wait, Wait::BadDescriptor);
        let e = event(&bad);
        assert_eq!(u16_at(&e, 8), ERRNO_BADF);
        assert_eq!(e[10], TAG_FD_READ);
    }

    #[test]
    fn streams_are_due_before_any_clock() {
        let subs = [
            parse(&clock(CLOCK_MONOTONIC, 1_000_000_000, 0), 0, 0).unwrap(),
            parse(&fd(TAG_FD_READ, 0), 0, 0).unwrap(),
        ];
        let due = due_now(&subs);
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].tag, TAG_FD_READ);
        assert_eq!(u64_at(&event(&due[0]), 16), 1);
    }
}
