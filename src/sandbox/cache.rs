//! Preparing the Python runtime: from the embedded WebAssembly to native code, once.
//!
//! The runtime (`assets/python/python.wasm.zst`) is embedded in the `slate` binary, and so is
//! the native code `build.rs` compiled from it for the target's baseline processor
//! ([`embedded`]). On a new computer that code is unpacked and, when wasmtime accepts it
//! here, used at once; otherwise the runtime is compiled here, which takes several seconds.
//! Either way the result is kept in the cache folder under a name made from the runtime's
//! hash and the engine's settings and version, and later starts load it quickly. A missing,
//! stale or damaged file is prepared again, never trusted; a folder that cannot be written
//! only means preparing again next time. While one process prepares, others wait for it (a
//! lock file) rather than doing the same work twice.
//!
//! Compiled code is native code: whoever can write the cache file chooses what Slate runs.
//! So where it may be loaded from is decided by who can write there ([`CacheKind`]):
//! - In the user's own cache folder (the default, never moved by `SLATE_HOME`) the file is
//!   memory-mapped, which costs a few milliseconds. On Unix Slate first checks that the
//!   folder and the file belong to this user and that no one else can write to them, as
//!   ssh does for its keys; if not, the folder is treated as shared.
//! - A shared folder (`SLATE_CACHE_DIR`, perhaps on a USB stick or a network drive) holds
//!   signed files: an HMAC-SHA256 of the code under a secret key that never leaves this
//!   computer's own user folder ([`MachineKey`]). The file is read into memory, its tag
//!   checked, and only then handed to wasmtime from that same memory; a file whose tag does
//!   not match is prepared again, with a note.
//!
//! See docs/sandbox.md for what is trusted and why.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::Path;
use std::time::Duration;
use wasmtime::{Engine, Module};

use super::{SandboxError, preparing};
use crate::paths::CacheKind;

pub mod embedded;

/// What every cache file starts with, before its tag and the compiled code.
const MAGIC: &[u8; 16] = b"slate-cwasm-mac1";
const TAG_LEN: usize = 32;
/// A cache file larger than this is not read (the real one is about 60 MB).
const MAX_CACHE_FILE: u64 = 1 << 30;
/// The secret key's file, in the computer's own user data folder.
const KEY_FILE: &str = "cache-key";

/// The runtime, compressed with zstd.
static RUNTIME_ZST: &[u8] = include_bytes!("../../assets/python/python.wasm.zst");
/// What the runtime was built from (`sandbox/builder` writes it).
pub static RUNTIME_MANIFEST: &str = include_str!("../../assets/python/runtime.toml");

/// Whether to show progress while preparing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// On stderr: a spinner when it is a terminal, otherwise a line every few seconds.
    Terminal,
    /// Nothing (JSON output, tests, the full-screen interface draws its own).
    Quiet,
}

/// The SHA-256 of the uncompressed runtime, from the manifest.
pub fn runtime_sha256() -> &'static str {
    RUNTIME_MANIFEST
        .lines()
        .find_map(|l| l.strip_prefix("wasm_sha256 = \""))
        .and_then(|l| l.strip_suffix('"'))
        .unwrap_or("unknown")
}

/// The compressed runtime embedded in this binary.
pub fn embedded_runtime() -> &'static [u8] {
    RUNTIME_ZST
}

/// Decompresses the embedded runtime and checks it against the manifest.
pub fn runtime_wasm() -> Result<Vec<u8>, SandboxError> {
    let mut decoder =
        ruzstd::decoding::StreamingDecoder::new(RUNTIME_ZST).map_err(SandboxError::damaged)?;
    let mut wasm = Vec::new();
    std::io::Read::read_to_end(&mut decoder, &mut wasm).map_err(SandboxError::damaged)?;
    let digest = hex(&Sha256::digest(&wasm));
    if digest != runtime_sha256() {
        return Err(SandboxError::DamagedRuntime {
            detail: "its checksum does not match".into(),
            source: None,
        });
    }
    Ok(wasm)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The cache file name for this runtime and engine. In a shared folder the name also holds
/// the computer's key id, so computers sharing a USB stick do not replace each other's.
fn cache_name(engine: &Engine, key: Option<&MachineKey>) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    let runtime = &runtime_sha256()[..16.min(runtime_sha256().len())];
    match key {
        Some(key) => format!("python-{runtime}-{:016x}-{}.cwasm", h.finish(), key.id()),
        None => format!("python-{runtime}-{:016x}.cwasm", h.finish()),
    }
}

/// A secret that only this user on this computer can read, used to sign cached code.
pub struct MachineKey([u8; 32]);

impl MachineKey {
    /// The key kept in `dir` (the platform's local data folder, never `SLATE_HOME`),
    /// made on first use. `None` when it can be neither read nor made there.
    pub fn load_or_create(dir: &Path) -> Option<MachineKey> {
        let path = dir.join(KEY_FILE);
        if let Some(key) = read_key(&path) {
            return Some(key);
        }
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).ok()?;
        std::fs::create_dir_all(dir).ok()?;
        let tmp = crate::files::temp_beside(&path);
        write_private(&tmp, &secret).ok()?;
        // A hard link only succeeds when no key is there yet, so two Slates starting at
        // once agree on one key; a file system without links takes a rename instead.
        if let Err(e) = std::fs::hard_link(&tmp, &path)
            && e.kind() != std::io::ErrorKind::AlreadyExists
        {
            let _ = std::fs::rename(&tmp, &path);
        }
        let _ = std::fs::remove_file(&tmp);
        read_key(&path)
    }

    /// A name for the key that says nothing about it: the start of its SHA-256.
    fn id(&self) -> String {
        hex(&Sha256::digest(self.0)[..6])
    }

    fn tag(&self, code: &[u8]) -> Hmac<Sha256> {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.0).expect("HMAC takes a key of any length");
        mac.update(code);
        mac
    }
}

impl std::fmt::Debug for MachineKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MachineKey(..)")
    }
}

fn read_key(path: &Path) -> Option<MachineKey> {
    let bytes = std::fs::read(path).ok()?;
    Some(MachineKey(bytes.try_into().ok()?))
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// How this process got the compiled runtime ([`super::Sandbox::prepared`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prepared {
    /// From the cache folder: prepared by an earlier start.
    Cached,
    /// The code compiled when Slate was built ([`embedded`]), accepted by wasmtime here.
    Embedded,
    /// Compiled on this computer, with the "Preparing Python" progress.
    Compiled,
}

/// Native code just prepared, and the module wasmtime made of it.
struct Fresh {
    code: Vec<u8>,
    module: Module,
    how: Prepared,
}

/// The embedded code when wasmtime accepts it on this computer, else the runtime compiled
/// here (telling how far it has got, with its time kept in `dir`).
fn prepare(engine: &Engine, progress: Progress, dir: Option<&Path>) -> Result<Fresh, SandboxError> {
    prepare_with(engine, embedded::unpack(), || {
        compile(engine, progress, dir)
    })
}

/// [`prepare`] with the embedded code and the compiler given, so tests can offer code
/// wasmtime refuses.
fn prepare_with(
    engine: &Engine,
    embedded: Option<Vec<u8>>,
    compile: impl FnOnce() -> Result<Vec<u8>, SandboxError>,
) -> Result<Fresh, SandboxError> {
    if let Some(code) = embedded {
        // wasmtime checks the code's header against this engine and this processor (its
        // version, settings, architecture, system and CPU features) and refuses a mismatch.
        if let Ok(module) = deserialize_bytes(engine, &code) {
            return Ok(Fresh {
                code,
                module,
                how: Prepared::Embedded,
            });
        }
    }
    let code = compile()?;
    let module = deserialize_bytes(engine, &code).map_err(SandboxError::engine)?;
    Ok(Fresh {
        code,
        module,
        how: Prepared::Compiled,
    })
}

/// What was found in the cache.
#[derive(Debug)]
enum Cached {
    Usable(Module),
    /// No file, or one from another build: prepare quietly.
    Absent,
    /// A file whose tag does not match: someone else changed it.
    Forged,
}

/// Loads the compiled runtime from the cache, or prepares and caches it; says which.
pub fn load_or_prepare(
    engine: &Engine,
    cache_dir: &Path,
    kind: CacheKind,
    progress: Progress,
) -> Result<(Module, Prepared), SandboxError> {
    let dir = cache_dir.join("runtime");
    if kind == CacheKind::Private && make_private_folder(&dir) {
        return load_or_prepare_mapped(engine, &dir, progress);
    }
    let key = crate::paths::machine_key_dir().and_then(|d| MachineKey::load_or_create(&d));
    load_or_prepare_signed(engine, &dir, key.as_ref(), progress)
}

/// Makes `dir` (only this user may use it) and says whether it is private: on Unix, owned by
/// this user, not a symbolic link, and not writable by anyone else.
fn make_private_folder(dir: &Path) -> bool {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    if builder.create(dir).is_err() {
        return false;
    }
    std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir() && only_ours(&m))
}

/// Whether only this user can change what `meta` describes. Windows gives each user's local
/// folders to that user alone, so there the location is the check.
fn only_ours(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        meta.uid() == rustix::process::geteuid().as_raw() && meta.mode() & 0o022 == 0
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        true
    }
}

/// The private cache: a plain wasmtime file, memory-mapped.
fn load_or_prepare_mapped(
    engine: &Engine,
    dir: &Path,
    progress: Progress,
) -> Result<(Module, Prepared), SandboxError> {
    let path = dir.join(cache_name(engine, None));
    if let Some(module) = try_map(engine, &path) {
        return Ok((module, Prepared::Cached));
    }
    // Another Slate may be preparing right now: wait for it, then look again.
    let _lock = lock(dir);
    if let Some(module) = try_map(engine, &path) {
        return Ok((module, Prepared::Cached));
    }
    let fresh = prepare(engine, progress, Some(dir))?;
    if crate::files::write_atomic(&path, &fresh.code).is_ok() {
        remove_stale(dir, &path);
    }
    Ok((fresh.module, fresh.how))
}

#[allow(unsafe_code)]
fn try_map(engine: &Engine, path: &Path) -> Option<Module> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.is_file() || !only_ours(&meta) {
        let _ = std::fs::remove_file(path);
        return None;
    }
    // SAFETY: the file is in a folder that only this user can write (checked above), and it
    // was written there by Slate, atomically: code compiled here or embedded in the binary,
    // both made by `Engine::precompile_module`. wasmtime checks its header (format, version,
    // engine settings, target and CPU features) before using it.
    match unsafe { Module::deserialize_file(engine, path) } {
        Ok(module) => Some(module),
        Err(_) => {
            // From another engine setting, or damaged: prepared again.
            let _ = std::fs::remove_file(path);
            None
        }
    }
}

/// Unpacks and compiles the runtime, telling how far it has got ([`preparing`]); how long it
/// took is kept in `dir`, for the next estimate.
fn compile(
    engine: &Engine,
    progress: Progress,
    dir: Option<&Path>,
) -> Result<Vec<u8>, SandboxError> {
    preparing::tracked(dir, preparing::Teller::for_stderr(progress), |step| {
        step(preparing::Step::Unpacking);
        let wasm = runtime_wasm()?;
        step(preparing::Step::Compiling);
        engine
            .precompile_module(&wasm)
            .map_err(SandboxError::engine)
    })
}

/// A shared cache: signed files, checked in memory. Without a key the cache is neither read
/// nor written: Python is prepared in memory each time.
fn load_or_prepare_signed(
    engine: &Engine,
    dir: &Path,
    key: Option<&MachineKey>,
    progress: Progress,
) -> Result<(Module, Prepared), SandboxError> {
    let path = dir.join(cache_name(engine, key));
    let mut forged = false;
    if let Some(key) = key {
        match try_load(engine, &path, key) {
            Cached::Usable(module) => return Ok((module, Prepared::Cached)),
            Cached::Forged => forged = true,
            Cached::Absent => {}
        }
    }
    // Another Slate may be preparing right now: wait for it, then look again.
    let _lock = key.and_then(|_| lock(dir));
    if let Some(key) = key
        && let Cached::Usable(module) = try_load(engine, &path, key)
    {
        return Ok((module, Prepared::Cached));
    }
    if forged && progress == Progress::Terminal {
        eprintln!("{}", crate::tr!("sandbox-cache-forged"));
    }
    let fresh = prepare(engine, progress, key.map(|_| dir))?;
    if let Some(key) = key
        && crate::files::write_atomic_making_folder(&path, &signed(key, &fresh.code)).is_ok()
    {
        remove_stale(dir, &path);
    }
    Ok((fresh.module, fresh.how))
}

/// A cache file's contents: the magic, the tag, then the code.
fn signed(key: &MachineKey, code: &[u8]) -> Vec<u8> {
    let tag = key.tag(code).finalize().into_bytes();
    let mut out = Vec::with_capacity(MAGIC.len() + TAG_LEN + code.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&tag);
    out.extend_from_slice(code);
    out
}

fn try_load(engine: &Engine, path: &Path, key: &MachineKey) -> Cached {
    let Ok(meta) = std::fs::metadata(path) else {
        return Cached::Absent;
    };
    if !meta.is_file() || meta.len() > MAX_CACHE_FILE {
        let _ = std::fs::remove_file(path);
        return Cached::Forged;
    }
    let Ok(bytes) = std::fs::read(path) else {
        return Cached::Absent;
    };
    let authentic = bytes.len() >= MAGIC.len() + TAG_LEN
        && bytes.starts_with(MAGIC)
        && key
            .tag(&bytes[MAGIC.len() + TAG_LEN..])
            .verify_slice(&bytes[MAGIC.len()..MAGIC.len() + TAG_LEN])
            .is_ok();
    if !authentic {
        // Changed by someone else, or damaged: never trusted, prepared afresh.
        let _ = std::fs::remove_file(path);
        return Cached::Forged;
    }
    // The tag was checked on these very bytes in memory, so the file cannot change between
    // the check and the use.
    match deserialize_bytes(engine, &bytes[MAGIC.len() + TAG_LEN..]) {
        Ok(module) => Cached::Usable(module),
        Err(_) => {
            // Signed by us but refused by this wasmtime (another engine setting).
            let _ = std::fs::remove_file(path);
            Cached::Absent
        }
    }
}

#[allow(unsafe_code)]
fn deserialize_bytes(engine: &Engine, bytes: &[u8]) -> wasmtime::Result<Module> {
    // SAFETY: `bytes` were produced by `Engine::precompile_module`: just now in this
    // process, or by `build.rs` and embedded in this very binary (as trusted as the binary
    // itself), or read from the cache and authenticated with this computer's secret key (so
    // written by Slate for this user). wasmtime also checks their header (format, version,
    // engine settings, target and CPU features) before using them.
    unsafe { Module::deserialize(engine, bytes) }
}

/// How long a runtime compiled by another version of Slate is kept. Two versions may share
/// a cache (a USB stick used on two machines); removing each other's at once would make both
/// prepare Python again at every start.
const KEEP_OTHERS: Duration = Duration::from_secs(30 * 24 * 60 * 60);

/// Removes runtimes compiled by other versions of Slate or wasmtime, once unused for a while.
fn remove_stale(dir: &Path, keep: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > KEEP_OTHERS);
        if p != keep && name.starts_with("python-") && name.ends_with(".cwasm") && old {
            let _ = std::fs::remove_file(&p);
        }
    }
}

/// An exclusive lock on the cache folder, released when dropped. `None` when the folder
/// cannot be locked (read-only media): then no other process can be writing there either.
fn lock(dir: &Path) -> Option<std::fs::File> {
    std::fs::create_dir_all(dir).ok()?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join("prepare.lock"))
        .ok()?;
    file.lock().ok()?;
    Some(file)
}

#[cfg(test)]
mod tests;
