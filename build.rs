//! Embeds the bundled packs (`lessons/` and `exercises/`) in the binary.
//!
//! Writes `$OUT_DIR/bundled.rs` with one `(path, include_str!(...))` entry per text file, so
//! the packs travel inside `slate` and need no files beside it.

use std::path::{Path, PathBuf};

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
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("bundled.rs");
    std::fs::write(out, code).expect("writing bundled.rs");
}
