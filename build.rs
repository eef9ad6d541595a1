//! Embeds the bundled packs (`lessons/` and `exercises/`) and the Python runtime compiled
//! ahead of time in the binary.
//!
//! Writes `$OUT_DIR/bundled.rs` with one `(path, include_str!(...))` entry per text file, so
//! the packs travel inside `slate` and need no files beside it. Then compiles whatever
//! `assets/python/python.wasm.zst` holds to native code for the target's baseline processor
//! (no optional CPU features, so it runs on any computer of that architecture), with the
//! very engine settings the sandbox uses (`src/sandbox/engine.rs`, included below), and
//! writes it zstd-compressed to `$OUT_DIR/python.cwasm.zst` with `$OUT_DIR/precompiled.rs`
//! naming it. A target Cranelift cannot compile for gets no such code: Slate then compiles
//! Python on first use, as it always could. The compiled code is kept in `$OUT_DIR` with a
//! key (the runtime, the engine settings, the target), so a change to a lesson does not
//! compile Python again.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

#[path = "src/sandbox/engine.rs"]
#[allow(dead_code)]
mod engine;

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, root, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "py" | "md" | "txt")
        ) {
            let rel = path
                .strip_prefix(root)
                .expect("inside the root")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, path));
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    // Translations are embedded by fluent-templates; rebuild when they change.
    println!("cargo:rerun-if-changed=assets/locales");
    let mut files = Vec::new();
    for top in ["lessons", "exercises"] {
        println!("cargo:rerun-if-changed={top}");
        collect(&root.join(top), &root, &mut files);
    }
    let mut code = String::from(
        "/// Bundled pack files: (path, contents).\npub static BUNDLED: &[(&str, &str)] = &[\n",
    );
    for (rel, path) in files {
        code.push_str(&format!(
            "    ({rel:?}, include_str!({:?})),\n",
            path.to_string_lossy()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    std::fs::write(out.join("bundled.rs"), code).expect("writing bundled.rs");

    let target = std::env::var("TARGET").expect("set by cargo");
    // The unit tests compile a small module for the same target to check the rule wasmtime
    // applies to this code (see `sandbox::cache::embedded`).
    println!("cargo:rustc-env=SLATE_BUILD_TARGET={target}");
    let generated = match precompile(&root, &out, &target) {
        Ok((path, size)) => format!(
            "/// The Python runtime compiled for `{target}`'s baseline processor, zstd-compressed.\n\
             pub(super) static CODE_ZST: Option<&[u8]> = Some(include_bytes!({:?}));\n\
             /// Its size once unpacked.\n\
             pub(super) const CODE_SIZE: usize = {size};\n",
            path.to_string_lossy()
        ),
        Err(why) => {
            println!(
                "cargo:warning=Python is not compiled ahead of time for {target} ({why}); \
                 Slate will compile it on first use"
            );
            "/// No code compiled ahead of time for this target.\n\
             pub(super) static CODE_ZST: Option<&[u8]> = None;\n\
             /// Nothing to unpack.\n\
             pub(super) const CODE_SIZE: usize = 0;\n"
                .to_owned()
        }
    };
    std::fs::write(out.join("precompiled.rs"), generated).expect("writing precompiled.rs");
}

/// Compiles the embedded runtime for `target` into `out`, unless the same runtime was
/// already compiled there with the same settings. Gives the compressed file and the size of
/// the code, or why there is none.
fn precompile(root: &Path, out: &Path, target: &str) -> Result<(PathBuf, usize), String> {
    let asset = root.join("assets").join("python").join("python.wasm.zst");
    println!("cargo:rerun-if-changed={}", asset.display());
    println!(
        "cargo:rerun-if-changed={}",
        root.join("src").join("sandbox").join("engine.rs").display()
    );
    let zst = std::fs::read(&asset).map_err(|e| format!("reading {}: {e}", asset.display()))?;

    let mut config = engine::engine_config();
    // An explicit target: Cranelift infers no CPU features, it compiles for the baseline.
    config
        .target(target)
        .map_err(|e| format!("unknown target: {e}"))?;
    let engine = wasmtime::Engine::new(&config).map_err(|e| format!("no compiler: {e}"))?;

    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    zst.hash(&mut hasher);
    engine.precompile_compatibility_hash().hash(&mut hasher);
    target.hash(&mut hasher);
    let key = format!("{:016x}", hasher.finish());
    let code_path = out.join("python.cwasm.zst");
    let key_path = out.join("python.cwasm.key");
    if let Ok(kept) = std::fs::read_to_string(&key_path)
        && let Some((kept_key, size)) = kept.trim().split_once(' ')
        && kept_key == key
        && code_path.is_file()
        && let Ok(size) = size.parse()
    {
        return Ok((code_path, size));
    }

    let mut wasm = Vec::new();
    let mut decoder = ruzstd::decoding::StreamingDecoder::new(&zst[..])
        .map_err(|e| format!("unpacking the runtime: {e}"))?;
    std::io::Read::read_to_end(&mut decoder, &mut wasm)
        .map_err(|e| format!("unpacking the runtime: {e}"))?;
    let code = engine
        .precompile_module(&wasm)
        .map_err(|e| format!("compiling the runtime: {e:#}"))?;
    drop(wasm);
    let packed =
        ruzstd::encoding::compress_to_vec(&code[..], ruzstd::encoding::CompressionLevel::Fastest);
    // The key last, so an interrupted build never pairs a key with half a file.
    let _ = std::fs::remove_file(&key_path);
    std::fs::write(&code_path, packed).map_err(|e| format!("writing: {e}"))?;
    std::fs::write(&key_path, format!("{key} {}", code.len())).map_err(|e| format!("{e}"))?;
    Ok((code_path, code.len()))
}
