//! Preparing the Python runtime: from the embedded WebAssembly to native code, once.
//!
//! The runtime (`assets/python/python.wasm.zst`) is embedded in the `slate` binary. Turning it
//! into native code takes several seconds, so the result is kept in the cache folder under a
//! name made from the runtime's hash and the engine's settings and version. Later starts load
//! it quickly. A missing, stale or damaged file is rebuilt, never trusted; a folder that
//! cannot be written only means preparing again next time. While one process prepares,
//! others wait for it (a lock file) rather than doing the same work twice.
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

/// What was found in the cache.
#[derive(Debug)]
enum Cached {
    Usable(Module),
    /// No file, or one from another build: prepare quietly.
    Absent,
    /// A file whose tag does not match: someone else changed it.
    Forged,
}

/// Loads the compiled runtime from the cache, or prepares and caches it.
pub fn load_or_prepare(
    engine: &Engine,
    cache_dir: &Path,
    kind: CacheKind,
    progress: Progress,
) -> Result<Module, SandboxError> {
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
) -> Result<Module, SandboxError> {
    let path = dir.join(cache_name(engine, None));
    if let Some(module) = try_map(engine, &path) {
        return Ok(module);
    }
    // Another Slate may be preparing right now: wait for it, then look again.
    let _lock = lock(dir);
    if let Some(module) = try_map(engine, &path) {
        return Ok(module);
    }
    let compiled = compile(engine, progress, Some(dir))?;
    if crate::files::write_atomic(&path, &compiled).is_ok() {
        remove_stale(dir, &path);
    }
    deserialize_bytes(engine, &compiled).map_err(SandboxError::engine)
}

#[allow(unsafe_code)]
fn try_map(engine: &Engine, path: &Path) -> Option<Module> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.is_file() || !only_ours(&meta) {
        let _ = std::fs::remove_file(path);
        return None;
    }
    // SAFETY: the file is in a folder that only this user can write (checked above), and it
    // was written there by Slate with `Engine::precompile_module`, atomically. wasmtime
    // checks its header (format, version, engine settings) before using it.
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
) -> Result<Module, SandboxError> {
    let path = dir.join(cache_name(engine, key));
    let mut forged = false;
    if let Some(key) = key {
        match try_load(engine, &path, key) {
            Cached::Usable(module) => return Ok(module),
            Cached::Forged => forged = true,
            Cached::Absent => {}
        }
    }
    // Another Slate may be preparing right now: wait for it, then look again.
    let _lock = key.and_then(|_| lock(dir));
    if let Some(key) = key
        && let Cached::Usable(module) = try_load(engine, &path, key)
    {
        return Ok(module);
    }
    if forged && progress == Progress::Terminal {
        eprintln!("{}", crate::tr!("sandbox-cache-forged"));
    }
    let compiled = compile(engine, progress, key.map(|_| dir))?;
    if let Some(key) = key
        && crate::files::write_atomic_making_folder(&path, &signed(key, &compiled)).is_ok()
    {
        remove_stale(dir, &path);
    }
    deserialize_bytes(engine, &compiled).map_err(SandboxError::engine)
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
    // SAFETY: `bytes` were produced by `Engine::precompile_module`: either just now in this
    // process, or read from the cache and authenticated with this computer's secret key
    // (so written by Slate for this user). wasmtime also checks their header (format,
    // version, engine settings) before using them.
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
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// Where the compiled runtime is cached in a shared folder.
    fn cache_file(engine: &Engine, cache_dir: &Path, key: Option<&MachineKey>) -> PathBuf {
        cache_dir.join("runtime").join(cache_name(engine, key))
    }

    #[test]
    fn manifest_names_a_hash() {
        assert_eq!(runtime_sha256().len(), 64);
    }

    /// The hash `sandbox/builder` records: the guest's sources, in a fixed order, with
    /// Windows line endings normalised.
    fn guest_source_hash() -> String {
        let sandbox = Path::new(env!("CARGO_MANIFEST_DIR")).join("sandbox");
        let mut files: Vec<PathBuf> = ["build.sh", "config.site"]
            .iter()
            .map(|f| sandbox.join("cpython").join(f))
            .collect();
        let mut src: Vec<PathBuf> = std::fs::read_dir(sandbox.join("src"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        src.sort();
        files.extend(src);
        let mut hasher = Sha256::new();
        for file in files {
            let rel = file
                .strip_prefix(&sandbox)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&file).unwrap();
            hasher.update(rel.as_bytes());
            hasher.update([0]);
            hasher.update(text.replace("\r\n", "\n").as_bytes());
            hasher.update([0]);
        }
        hex(&hasher.finalize())
    }

    #[test]
    fn committed_runtime_matches_the_guest_sources() {
        let recorded = RUNTIME_MANIFEST
            .lines()
            .find_map(|l| l.strip_prefix("source_sha256 = \""))
            .and_then(|l| l.strip_suffix('"'))
            .expect("the manifest records the source hash");
        assert_eq!(
            recorded,
            guest_source_hash(),
            "sandbox/ changed since assets/python/ was built: rebuild it with \
             `cargo run --release --manifest-path sandbox/builder/Cargo.toml`"
        );
    }

    #[test]
    fn embedded_runtime_matches_its_manifest() {
        let wasm = runtime_wasm().expect("the embedded runtime unpacks and its hash matches");
        let size: usize = RUNTIME_MANIFEST
            .lines()
            .find_map(|l| l.strip_prefix("wasm_size = "))
            .and_then(|n| n.trim().parse().ok())
            .expect("the manifest records the size");
        assert_eq!(wasm.len(), size);
        assert_eq!(&wasm[..4], b"\0asm");
    }

    #[test]
    fn damaged_cache_files_are_rebuilt_not_trusted() {
        let engine = Engine::new(&crate::sandbox::engine_config()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let key = MachineKey::load_or_create(&dir.path().join("key")).unwrap();
        let path = cache_file(&engine, dir.path(), Some(&key));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, b"not native code at all").unwrap();
        assert!(matches!(try_load(&engine, &path, &key), Cached::Forged));
        assert!(
            !path.exists(),
            "the damaged file is removed so it can be prepared again"
        );
    }

    #[test]
    fn a_cache_file_signed_with_another_key_is_never_loaded() {
        let engine = Engine::new(&crate::sandbox::engine_config()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let ours = MachineKey::load_or_create(&dir.path().join("ours")).unwrap();
        let theirs = MachineKey::load_or_create(&dir.path().join("theirs")).unwrap();
        assert_ne!(ours.0, theirs.0);
        assert_ne!(ours.id(), theirs.id(), "each computer has its own file");
        let path = cache_file(&engine, dir.path(), Some(&ours));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        // A well-formed file, signed by someone else's key: the attacker's own payload.
        std::fs::write(&path, signed(&theirs, b"\x7fELF native payload")).unwrap();
        assert!(matches!(try_load(&engine, &path, &ours), Cached::Forged));
        assert!(!path.exists());
    }

    #[test]
    fn a_damaged_file_in_the_private_folder_is_removed_not_loaded() {
        let engine = Engine::new(&crate::sandbox::engine_config()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let runtime = dir.path().join("runtime");
        assert!(make_private_folder(&runtime));
        let path = runtime.join(cache_name(&engine, None));
        std::fs::write(&path, b"not native code at all").unwrap();
        assert!(try_map(&engine, &path).is_none());
        assert!(!path.exists(), "removed, so it is prepared again");
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_or_file_others_can_write_is_never_mapped() {
        use std::os::unix::fs::PermissionsExt;
        let engine = Engine::new(&crate::sandbox::engine_config()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let runtime = dir.path().join("runtime");
        assert!(make_private_folder(&runtime));
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&runtime), 0o700, "made for this user alone");

        let path = runtime.join(cache_name(&engine, None));
        std::fs::write(&path, b"planted").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert!(try_map(&engine, &path).is_none());
        assert!(
            !path.exists(),
            "a file anyone could have written is removed"
        );

        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(
            !make_private_folder(&runtime),
            "a folder anyone can write to is treated as shared: signed files only"
        );
    }

    #[test]
    fn the_key_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let first = MachineKey::load_or_create(dir.path()).unwrap();
        let second = MachineKey::load_or_create(dir.path()).unwrap();
        assert_eq!(first.0, second.0);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "only the user can read the key");
        }
    }
}
