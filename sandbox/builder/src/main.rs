//! Rebuilds Slate's Python runtime (`assets/python/`).
//!
//! Run from the repository root with `cargo run --release --manifest-path sandbox/builder/Cargo.toml`.
//! Steps: build CPython for wasm32-wasip1 with Slate's entry point (`sandbox/cpython/build.sh`,
//! which downloads the source from Debian and checks its hash), pre-initialise it with Wizer
//! (the interpreter is started, the standard library loaded into memory and the driver
//! loaded, then memory is snapshotted), compress the result with zstd, and write
//! `assets/python/runtime.toml` recording what it was built from, so a test can tell when
//! the committed runtime is stale.

use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use wasmtime::{Config, Engine, Linker, Module, Store};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::{FsPerms, WasiCtxBuilder};

/// The CPython version `sandbox/cpython/build.sh` builds.
const CPYTHON: &str = "3.13.5";

/// The files whose contents decide what the runtime is. Keep in step with
/// `guest_source_hash` in the host's `src/sandbox/cache.rs`, which recomputes this hash.
fn source_files(sandbox: &Path) -> Result<Vec<PathBuf>> {
    let mut files = vec![
        sandbox.join("cpython").join("build.sh"),
        sandbox.join("cpython").join("config.site"),
    ];
    let mut src: Vec<PathBuf> = std::fs::read_dir(sandbox.join("src"))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    src.sort();
    files.extend(src);
    Ok(files)
}

fn source_hash(sandbox: &Path) -> Result<String> {
    let mut hasher = Sha256::new();
    for file in source_files(sandbox)? {
        let rel = file.strip_prefix(sandbox)?.to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
        hasher.update(rel.as_bytes());
        hasher.update([0]);
        hasher.update(text.replace("\r\n", "\n").as_bytes());
        hasher.update([0]);
    }
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

struct State {
    wasi: WasiP1Ctx,
}

/// Runs `wizer-initialize` with the standard library and Slate's Python files mapped
/// read-only (at run time the guest has no files at all), then snapshots the memory.
async fn snapshot(wasm: &[u8], stdlib: &Path, src: &Path) -> Result<Vec<u8>> {
    let mut config = Config::new();
    config.async_stack_size(32 << 20);
    config.max_wasm_stack(16 << 20);
    let engine = Engine::new(&config)?;
    let mut linker: Linker<State> = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_async(&mut linker, |s: &mut State| &mut s.wasi)?;
    // The `slate` imports are only used by `main`, never during initialisation.
    linker.func_wrap("slate", "request_len", || -> u32 { 0 })?;
    linker.func_wrap("slate", "request_read", |_ptr: u32| {})?;
    linker.func_wrap("slate", "report", |_ptr: u32, _len: u32| {})?;
    let wasi = WasiCtxBuilder::new()
        .inherit_stderr()
        .preopened_dir(stdlib, "/lib/python3.13", FsPerms::ReadOnly)?
        .preopened_dir(src, "/slate", FsPerms::ReadOnly)?
        .build_p1();
    let mut store = Store::new(&engine, State { wasi });
    let out = wasmtime_wizer::Wizer::new()
        .init_func("wizer-initialize")
        .run(&mut store, wasm, async |store: &mut Store<State>, module: &Module| {
            linker.instantiate_async(store, module).await
        })
        .await?;
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let root = std::env::current_dir()?;
    let sandbox = root.join("sandbox");
    if !sandbox.join("src").join("driver.py").exists() {
        bail!("run this from the root of the Slate repository");
    }
    let out = sandbox.join("target").join("cpython-out");
    eprintln!("1/4 building CPython {CPYTHON} for wasm32-wasip1 (about 10 minutes the first time)...");
    let status = Command::new(sandbox.join("cpython").join("build.sh"))
        .arg(&out)
        .status()
        .context("running sandbox/cpython/build.sh")?;
    if !status.success() {
        bail!("building CPython failed");
    }
    let wasm_path = out.join("slate-python.wasm");
    let wasm = std::fs::read(&wasm_path).with_context(|| format!("reading {}", wasm_path.display()))?;
    eprintln!("   guest: {:.1} MB", wasm.len() as f64 / 1e6);

    eprintln!("2/4 pre-initialising with Wizer...");
    let snap = snapshot(&wasm, &out.join("lib"), &sandbox.join("src")).await?;
    eprintln!("   snapshot: {:.1} MB", snap.len() as f64 / 1e6);

    eprintln!("3/4 compressing...");
    let mut encoder = zstd::Encoder::new(Vec::new(), 19)?;
    encoder.long_distance_matching(true)?;
    encoder.window_log(27)?;
    encoder.include_checksum(true)?;
    std::io::Write::write_all(&mut encoder, &snap)?;
    let compressed = encoder.finish()?;
    eprintln!("   compressed: {:.1} MB", compressed.len() as f64 / 1e6);

    eprintln!("4/4 writing assets/python/...");
    let out_dir = root.join("assets").join("python");
    std::fs::create_dir_all(&out_dir)?;
    std::fs::write(out_dir.join("python.wasm.zst"), &compressed)?;
    let clang = Command::new("clang-19").arg("--version").output()?;
    let compiler = String::from_utf8_lossy(&clang.stdout);
    let manifest = format!(
        "# Written by sandbox/builder: do not edit. Describes assets/python/python.wasm.zst.\n\
         runtime = \"CPython {CPYTHON} (wasm32-wasip1, Wizer snapshot)\"\n\
         source_sha256 = \"{}\"\n\
         wasm_sha256 = \"{}\"\n\
         wasm_size = {}\n\
         compiler = \"{}\"\n",
        source_hash(&sandbox)?,
        hex(&Sha256::digest(&snap)),
        snap.len(),
        compiler.lines().next().unwrap_or("").trim(),
    );
    std::fs::write(out_dir.join("runtime.toml"), manifest)?;
    eprintln!("done.");
    Ok(())
}
