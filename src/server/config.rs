//! Which class server this computer uses: `--server URL`, else `SLATE_SERVER`, else the
//! config file `server.toml` in Slate's data folder, written by `slate server connect`.
//!
//! The file is small TOML with a `format` version, so it can be copied to many PCs (see
//! `docs/class-server.md`):
//!
//! ```toml
//! format = 1
//! url = "postgres://slate_lab_hillside:PASSWORD@db.school.local/slate"
//! site = "hillside"     # for an owner's account, which belongs to no site
//! group = "7B"          # optional: this PC lists only this group at "Who are you?"
//! ```
//!
//! It holds a password, so it is written readable by its owner only (on Unix).

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

use super::ServerError;

/// The config file's name in Slate's data folder.
pub const FILE_NAME: &str = "server.toml";
/// The config format this Slate reads and writes.
pub const FORMAT: u32 = 1;

/// The server to use, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    #[serde(default = "format")]
    pub format: u32,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

fn format() -> u32 {
    FORMAT
}

impl Target {
    pub fn new(url: &str, site: Option<&str>, group: Option<&str>) -> Target {
        Target {
            format: FORMAT,
            url: url.to_owned(),
            site: site.map(str::to_owned),
            group: group.map(str::to_owned),
        }
    }
}

/// Where the config file is.
pub fn path(data: &Path) -> PathBuf {
    data.join(FILE_NAME)
}

/// The server to use: `url` (from `--server` or `SLATE_SERVER`) with the file's site and
/// group, else the file, else none.
pub fn resolve(data: &Path, url: Option<&str>) -> Result<Option<Target>, ServerError> {
    let file = load(data)?;
    Ok(match (url.map(str::trim).filter(|u| !u.is_empty()), file) {
        (Some(url), Some(file)) => Some(Target {
            url: url.to_owned(),
            ..file
        }),
        (Some(url), None) => Some(Target::new(url, None, None)),
        (None, file) => file,
    })
}

/// Reads the config file; `None` when there is none.
pub fn load(data: &Path) -> Result<Option<Target>, ServerError> {
    let file = path(data);
    let text = match std::fs::read(&file) {
        Ok(bytes) => crate::files::utf8_text(bytes).map_err(|_| ServerError::Config {
            file: file.display().to_string(),
            line: 1,
            column: 1,
            reason: crate::tr!("server-config-not-utf8"),
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(ServerError::Config {
                file: file.display().to_string(),
                line: 1,
                column: 1,
                reason: e.to_string(),
            });
        }
    };
    let target: Target = toml::from_str(&text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|s| line_column(&text, s.start))
            .unwrap_or((1, 1));
        ServerError::Config {
            file: file.display().to_string(),
            line,
            column,
            reason: e.message().to_owned(),
        }
    })?;
    if target.format != FORMAT {
        return Err(ServerError::Config {
            file: file.display().to_string(),
            line: 1,
            column: 1,
            reason: crate::tr!(
                "server-config-format",
                found = target.format,
                known = FORMAT
            ),
        });
    }
    Ok(Some(target))
}

/// Writes the config file (atomically; readable by its owner only on Unix).
pub fn save(data: &Path, target: &Target) -> Result<PathBuf, std::io::Error> {
    let file = path(data);
    let mut text = String::from(
        "# Slate's class server for this computer (slate server connect).\n\
         # Copy this file into another PC's Slate data folder to connect it too.\n",
    );
    text.push_str(&toml::to_string(target).map_err(std::io::Error::other)?);
    crate::files::write_atomic_making_folder(&file, text.as_bytes())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_round_trips_and_the_flag_keeps_its_site_and_group() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(resolve(dir.path(), None).unwrap(), None);
        let t = Target::new("postgres://a@b/c", Some("hill"), Some("7B"));
        save(dir.path(), &t).unwrap();
        assert_eq!(load(dir.path()).unwrap(), Some(t.clone()));
        let flagged = resolve(dir.path(), Some("postgres://x@y/z"))
            .unwrap()
            .unwrap();
        assert_eq!(flagged.url, "postgres://x@y/z");
        assert_eq!(flagged.group.as_deref(), Some("7B"));
    }

    #[test]
    fn a_bad_file_says_where() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(path(dir.path()), "format = 1\nurl = \"x\"\ncolour = 3\n").unwrap();
        let err = load(dir.path()).unwrap_err();
        let ServerError::Config { line, column, .. } = err else {
            panic!("{err}")
        };
        assert_eq!((line, column), (3, 1));
        std::fs::write(path(dir.path()), "format = 9\nurl = \"x\"\n").unwrap();
        assert!(load(dir.path()).unwrap_err().to_string().contains('9'));
    }
}
