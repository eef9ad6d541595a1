//! `slate check FOLDER/EXERCISE`: an exercise named by the folder its pack is in, as a
//! teacher types it straight after `slate pack check FOLDER`, and help when a pack is not
//! found.
//!
//! A folder (relative to where Slate was started, or absolute) that holds a `pack.toml` is
//! loaded from there, with or without `--packs`, whatever its pack's id: it is the copy the
//! teacher named, so it is used even when a copy with the same id is installed. When no pack
//! has the id given, the teacher is told how to add their own (`--packs FOLDER`), or, when a
//! folder of that name holds a pack with another id, which id to use.

use std::path::Path;

use crate::cli::CliError;
use crate::pack::{Library, Origin, Pack, PackSource, load_pack, source};
use crate::tr;

/// The pack in the folder that `id` starts with (`my-pack/add`, `packs/my-pack/hello/add`,
/// `/home/t/my-pack/add`), loaded from that folder, and the rest of `id` (the exercise, or
/// `lesson/exercise`). `None` when no part of `id` before a `/` is a pack's folder.
pub fn pack_in(id: &str) -> Result<Option<(Pack, String)>, CliError> {
    let separator = |c: char| c == '/' || (cfg!(windows) && c == '\\');
    // The longest folder first: a pack's own sub-folders never hold a pack.toml.
    for (i, c) in id.char_indices().rev() {
        if !separator(c) {
            continue;
        }
        let (folder, rest) = (&id[..i], &id[i + c.len_utf8()..]);
        let dir = Path::new(folder);
        if folder.is_empty() || rest.is_empty() || !dir.is_dir() || !source::has_pack_file(dir) {
            continue;
        }
        let shown = crate::safe_text::for_terminal(folder);
        return match load_pack(&PackSource::folder(dir.to_path_buf())) {
            Ok(pack) => Ok(Some((pack, rest.replace('\\', "/")))),
            Err(problems) => Err(CliError::Usage(tr!(
                "check-folder-pack-broken",
                folder = shown,
                count = problems.len(),
                command = crate::safe_text::for_terminal(&format!(
                    "slate pack check {}",
                    crate::text::shell_word(folder)
                ))
            ))),
        };
    }
    Ok(None)
}

/// What to do when no pack has the id `pack_id`: use the id of the pack in a folder of
/// that name, or add one's own pack with `--packs`.
pub fn not_found_help(library: &Library, pack_id: &str, rest: &str) -> String {
    let in_folder = library.packs.iter().find(|p| {
        p.id != pack_id
            && matches!(&p.origin, Origin::Folder(root)
                if root.file_name().is_some_and(|name| name == pack_id))
    });
    match in_folder {
        Some(pack) => tr!(
            "check-pack-id-differs",
            folder = crate::safe_text::for_terminal(pack_id),
            id = &pack.id,
            suggestion = format!("{}/{}", pack.id, crate::safe_text::for_terminal(rest))
        ),
        None => tr!("check-own-pack-hint"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/good")
    }

    #[test]
    fn a_pack_folder_at_the_start_of_an_id_is_loaded_from_there() {
        let folder = good().display().to_string();
        let (pack, rest) = pack_in(&format!("{folder}/add")).unwrap().unwrap();
        assert_eq!((pack.id.as_str(), rest.as_str()), ("good", "add"));
        let (_, rest) = pack_in(&format!("{folder}/hello/add")).unwrap().unwrap();
        assert_eq!(rest, "hello/add");
        // Ids that are not folders are left to the library.
        assert!(pack_in("good/add").unwrap().is_none());
        assert!(pack_in(&format!("{folder}/")).unwrap().is_none());
        assert!(pack_in("add").unwrap().is_none());
    }

    #[test]
    fn a_broken_pack_folder_says_to_check_it() {
        let broken = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/broken-toml");
        let Err(CliError::Usage(message)) = pack_in(&format!("{}/x", broken.display())) else {
            panic!("a broken pack is an error");
        };
        assert!(message.contains("slate pack check"), "{message}");
    }

    #[test]
    fn a_folder_whose_pack_has_another_id_names_the_id() {
        let library = crate::pack::discover(None, &[good().parent().unwrap().to_path_buf()]);
        let help = not_found_help(&library, "escape", "x");
        assert!(help.contains("--packs"), "{help}");
        let copy = tempfile::tempdir().unwrap();
        let renamed = copy.path().join("year-8");
        std::fs::create_dir(&renamed).unwrap();
        std::fs::create_dir(renamed.join("files")).unwrap();
        for file in [
            "pack.toml",
            "01-hello.toml",
            "files/average.py",
            "files/average_starter.py",
        ] {
            std::fs::copy(good().join(file), renamed.join(file)).unwrap();
        }
        let library = crate::pack::discover(None, &[copy.path().to_path_buf()]);
        let help = not_found_help(&library, "year-8", "add");
        assert!(help.contains("good/add"), "{help}");
    }
}
