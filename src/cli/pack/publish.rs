//! `slate pack publish DIR`: checks a pack, then stores it on the class server, so every
//! computer of the site takes it in at its next sync (the newest `version` of a pack wins).

use std::collections::BTreeMap;
use std::path::Path;

use super::super::{CliError, Status};
use crate::paths::Paths;
use crate::server::connect::CONNECT_TIMEOUT;
use crate::server::sync::{self, PublishedPack};
use crate::server::{Server, Target};
use crate::tr;

/// The most a published pack may hold, all files together.
const MAX_PACK_BYTES: usize = 16 << 20;

pub fn publish(paths: &Paths, dir: &Path, target: Option<&Target>) -> Result<Status, CliError> {
    let Some(target) = target else {
        return Err(CliError::Usage(tr!("server-none")));
    };
    let checked = super::check_and_print(paths, dir)?;
    let (Some(pack), true) = (checked.pack, checked.sound) else {
        outln!("{}", tr!("pack-publish-not-sound"));
        return Ok(Status::Failed);
    };
    let mut files = BTreeMap::new();
    let mut total = 0;
    read_files(dir, dir, &mut files, &mut total)?;
    let mut server = Server::open(target, CONNECT_TIMEOUT)?;
    sync::publish(
        &mut server,
        &PublishedPack {
            id: pack.id.clone(),
            version: pack.version.clone(),
            files,
        },
    )?;
    outln!(
        "{}",
        tr!(
            "pack-published",
            title = &pack.title,
            id = &pack.id,
            version = &pack.version,
            site = crate::safe_text::for_terminal(&server.site)
        )
    );
    Ok(Status::Success)
}

/// Every ordinary, visible file under `dir` as text, by its path relative to `root` with
/// `/` between folders (as on every platform that reads it back).
fn read_files(
    root: &Path,
    dir: &Path,
    files: &mut BTreeMap<String, String>,
    total: &mut usize,
) -> Result<(), CliError> {
    let unreadable = |path: &Path, e: std::io::Error| CliError::Io {
        message: tr!(
            "pack-publish-unreadable",
            file = path.display().to_string(),
            error = e.to_string()
        ),
        source: e,
    };
    let entries = std::fs::read_dir(dir).map_err(|e| unreadable(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| unreadable(dir, e))?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| unreadable(&path, e))?;
        if kind.is_dir() {
            read_files(root, &path, files, total)?;
        } else if kind.is_file() {
            let bytes = std::fs::read(&path).map_err(|e| unreadable(&path, e))?;
            *total += bytes.len();
            if *total > MAX_PACK_BYTES {
                return Err(CliError::Usage(tr!(
                    "pack-publish-too-big",
                    limit = MAX_PACK_BYTES >> 20
                )));
            }
            let text = crate::files::utf8_text(bytes).map_err(|_| {
                CliError::Usage(tr!(
                    "pack-publish-not-text",
                    file = path.display().to_string()
                ))
            })?;
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let name: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.insert(name.join("/"), text);
        }
    }
    Ok(())
}
