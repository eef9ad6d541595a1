//! Preparing the Python runtime: from the embedded WebAssembly to native code, once.
//!
//! The runtime (`assets/python/python.wasm.zst`) is embedded in the `slate` binary. Turning it
//! into native code takes several seconds, so the result is kept in the cache folder under a
//! name made from the runtime's hash and the engine's settings and version. Later starts load
//! it in about a millisecond. A missing, stale or damaged file is rebuilt, never trusted; a
//! folder that cannot be written only means preparing again next time. While one process
//! prepares, others wait for it (a lock file) rather than doing the same work twice.

use sha2::{Digest, Sha256};
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;
use wasmtime::{Engine, Module};

use super::SandboxError;

/// The runtime, compressed with zstd.
static RUNTIME_ZST: &[u8] = include_bytes!("../../assets/python/python.wasm.zst");
/// What the runtime was built from (`sandbox/builder` writes it).
pub static RUNTIME_MANIFEST: &str = include_str!("../../assets/python/runtime.toml");

/// Whether to show progress while preparing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// A spinner on stderr, when stderr is a terminal.
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
    let mut decoder = ruzstd::decoding::StreamingDecoder::new(RUNTIME_ZST)
        .map_err(|e| SandboxError::DamagedRuntime(e.to_string()))?;
    let mut wasm = Vec::new();
    std::io::Read::read_to_end(&mut decoder, &mut wasm)
        .map_err(|e| SandboxError::DamagedRuntime(e.to_string()))?;
    let digest = hex(&Sha256::digest(&wasm));
    if digest != runtime_sha256() {
        return Err(SandboxError::DamagedRuntime(
            "its checksum does not match".into(),
        ));
    }
    Ok(wasm)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The cache file name for this runtime and engine.
fn cache_name(engine: &Engine) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    format!(
        "python-{}-{:016x}.cwasm",
        &runtime_sha256()[..16.min(runtime_sha256().len())],
        h.finish()
    )
}

/// Loads the compiled runtime from the cache, or prepares and caches it.
pub fn load_or_prepare(
    engine: &Engine,
    cache_dir: &Path,
    progress: Progress,
) -> Result<Module, SandboxError> {
    let dir = cache_dir.join("runtime");
    let path = dir.join(cache_name(engine));
    if let Some(module) = try_load(engine, &path) {
        return Ok(module);
    }
    // Another Slate may be preparing right now: wait for it, then look again.
    let _lock = lock(&dir);
    if let Some(module) = try_load(engine, &path) {
        return Ok(module);
    }
    let spinner = Spinner::start(progress);
    spinner.step(crate::tr!("sandbox-step-unpacking"));
    let wasm = runtime_wasm()?;
    spinner.step(crate::tr!("sandbox-step-compiling"));
    let compiled = engine
        .precompile_module(&wasm)
        .map_err(|e| SandboxError::Engine(e.to_string()))?;
    drop(wasm);
    spinner.finish();
    if store(&path, &compiled).is_ok() {
        remove_stale(&dir, &path);
        if let Some(module) = try_load(engine, &path) {
            return Ok(module);
        }
    }
    // The cache folder is not usable: run from memory this time.
    deserialize_bytes(engine, &compiled).map_err(|e| SandboxError::Engine(e.to_string()))
}

fn try_load(engine: &Engine, path: &Path) -> Option<Module> {
    if !path.is_file() {
        return None;
    }
    if let Ok(module) = deserialize_file(engine, path) {
        return Some(module);
    }
    // Some places cannot map a file into memory as code (seen with Wine; possible on
    // network drives and some USB sticks). Reading the file into memory works there, at the
    // cost of a few tens of milliseconds per start.
    if let Ok(bytes) = std::fs::read(path)
        && let Ok(module) = deserialize_bytes(engine, &bytes)
    {
        return Some(module);
    }
    // Damaged or from another build: remove it so it is prepared afresh.
    let _ = std::fs::remove_file(path);
    None
}

#[allow(unsafe_code)]
fn deserialize_file(engine: &Engine, path: &Path) -> wasmtime::Result<Module> {
    // SAFETY: the file is in Slate's own cache folder, written by `store` below from code
    // this process compiled. wasmtime checks its header (format, wasmtime version and engine
    // settings) and refuses anything else; a file that fails those checks is rebuilt.
    unsafe { Module::deserialize_file(engine, path) }
}

#[allow(unsafe_code)]
fn deserialize_bytes(engine: &Engine, bytes: &[u8]) -> wasmtime::Result<Module> {
    // SAFETY: `bytes` were produced by `Engine::precompile_module`, in this process or
    // earlier into Slate's own cache folder; wasmtime checks their header (format, version,
    // engine settings) before using them.
    unsafe { Module::deserialize(engine, bytes) }
}

/// Writes atomically: a temporary file, flushed to disk, then renamed into place.
fn store(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("python"),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
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

/// The "Preparing Python, one time only" spinner.
struct Spinner {
    bar: Option<indicatif::ProgressBar>,
}

impl Spinner {
    fn start(progress: Progress) -> Spinner {
        use std::io::IsTerminal;
        if progress == Progress::Quiet || !std::io::stderr().is_terminal() {
            return Spinner { bar: None };
        }
        let bar = indicatif::ProgressBar::new_spinner();
        // The words are translated; indicatif fills in {msg} and {elapsed}.
        let template = format!(
            "{{spinner}} {}",
            crate::tr!("sandbox-preparing", step = "{msg}", elapsed = "{elapsed}")
        );
        bar.set_style(
            indicatif::ProgressStyle::with_template(&template)
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        Spinner { bar: Some(bar) }
    }

    fn step(&self, msg: String) {
        if let Some(bar) = &self.bar {
            bar.set_message(msg);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
            eprintln!("{}", crate::tr!("sandbox-ready"));
        }
    }
}

/// Where the compiled runtime is cached (for `slate` diagnostics and tests).
pub fn cache_file(engine: &Engine, cache_dir: &Path) -> PathBuf {
    cache_dir.join("runtime").join(cache_name(engine))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_names_a_hash() {
        assert_eq!(runtime_sha256().len(), 64);
    }

    /// The hash `sandbox/builder` records: the guest's sources, in a fixed order, with
    /// Windows line endings normalised.
    fn guest_source_hash() -> String {
        let sandbox = Path::new(env!("CARGO_MANIFEST_DIR")).join("sandbox");
        let mut files: Vec<PathBuf> = ["Cargo.toml", "Cargo.lock", "rust-toolchain.toml"]
            .iter()
            .map(|f| sandbox.join(f))
            .collect();
        files.push(sandbox.join(".cargo").join("config.toml"));
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
        let path = cache_file(&engine, dir.path());
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, b"not native code at all").unwrap();
        assert!(try_load(&engine, &path).is_none());
        assert!(
            !path.exists(),
            "the damaged file is removed so it can be prepared again"
        );
    }
}
