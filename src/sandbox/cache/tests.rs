//! Tests of the compiled-code cache and of the code compiled ahead of time.

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

/// The smallest WebAssembly module: compiling it takes no time, so these tests can offer
/// compiled code of their own instead of the runtime's.
const EMPTY_MODULE: &[u8] = b"\0asm\x01\0\0\0";

/// Code for `EMPTY_MODULE` compiled as `build.rs` compiles the runtime: the same settings
/// and the same target, with no CPU features beyond the baseline.
fn compiled_for_the_baseline() -> Vec<u8> {
    let mut config = crate::sandbox::engine_config();
    config.target(env!("SLATE_BUILD_TARGET")).unwrap();
    let engine = Engine::new(&config).unwrap();
    engine.precompile_module(EMPTY_MODULE).unwrap()
}

#[test]
fn code_compiled_for_the_baseline_processor_is_taken_without_compiling() {
    // The engine here has every CPU feature this processor offers; the code has none of
    // them. wasmtime takes code that asks for fewer features than the host has.
    let engine = Engine::new(&crate::sandbox::engine_config()).unwrap();
    let fresh = prepare_with(&engine, Some(compiled_for_the_baseline()), || {
        panic!("nothing is compiled when the embedded code fits")
    })
    .unwrap();
    assert_eq!(fresh.how, Prepared::Embedded);
}

#[test]
fn embedded_code_that_wasmtime_refuses_is_compiled_here_instead() {
    let engine = Engine::new(&crate::sandbox::engine_config()).unwrap();
    let compile_here = || {
        engine
            .precompile_module(EMPTY_MODULE)
            .map_err(SandboxError::engine)
    };
    // Code compiled under other engine settings (here without epoch interruption, so
    // without the time limit's checks): wasmtime refuses it.
    let other_settings = Engine::new(&wasmtime::Config::new())
        .unwrap()
        .precompile_module(EMPTY_MODULE)
        .unwrap();
    for (what, embedded) in [
        ("other settings", Some(other_settings)),
        (
            "not compiled code",
            Some(b"\x7fELF but nothing more".to_vec()),
        ),
        ("no code at all", None),
    ] {
        let fresh = prepare_with(&engine, embedded, compile_here).unwrap();
        assert_eq!(fresh.how, Prepared::Compiled, "{what}");
        assert_eq!(
            fresh.code,
            compile_here().unwrap(),
            "{what}: the code compiled here is the one kept"
        );
    }
}

/// The real runtime: a new computer (an empty cache folder) takes the code compiled when
/// Slate was built, caches it, runs Python with it, and maps it from the cache next time.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
#[test]
fn a_new_computer_runs_python_from_the_code_compiled_at_build_time() {
    use crate::sandbox::{Job, Sandbox};
    let dir = tempfile::tempdir().unwrap();
    let paths = crate::paths::Paths {
        data: dir.path().join("data"),
        cache: dir.path().join("cache"),
        cache_kind: CacheKind::Private,
    };
    let first = Sandbox::new(&paths, Progress::Quiet).unwrap();
    assert_eq!(first.prepared(), Prepared::Embedded);
    let outcome = first.run(&Job::new("print(6 * 7)\n")).unwrap();
    assert_eq!(outcome.stdout, "42\n", "{outcome:?}");
    let runtime = paths.cache.join("runtime");
    assert!(
        runtime.join(cache_name(&first.engine, None)).is_file(),
        "the code is cached"
    );
    assert!(
        !runtime.join("prepare-time-ms").exists(),
        "nothing was compiled, so no compile time was recorded"
    );
    let again = Sandbox::new(&paths, Progress::Quiet).unwrap();
    assert_eq!(again.prepared(), Prepared::Cached);
}
