//! Why the sandbox itself could not work (not a problem with the learner's program): one
//! sentence for the user, with the lower-level error (wasmtime's, the decompressor's, the
//! operating system's) kept as its source.

/// Why the sandbox itself could not work (not a problem with the learner's program).
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("{}", crate::tr!("sandbox-damaged", detail = detail))]
    DamagedRuntime {
        detail: String,
        #[source]
        source: Option<Cause>,
    },
    #[error("{}", crate::tr!("sandbox-engine", detail = detail))]
    Engine {
        detail: String,
        #[source]
        source: Option<Cause>,
    },
    #[error("{}", crate::tr!("sandbox-thread", detail = source.to_string()))]
    Thread {
        #[source]
        source: std::io::Error,
    },
}

/// The lower-level error behind a [`SandboxError`] (wasmtime's, the decompressor's).
pub type Cause = Box<dyn std::error::Error + Send + Sync>;

impl SandboxError {
    /// The embedded runtime could not be read, because of `source`.
    pub fn damaged(source: impl std::fmt::Display + Into<Cause>) -> SandboxError {
        // The words as the error itself shows them, before it is boxed.
        SandboxError::DamagedRuntime {
            detail: source.to_string(),
            source: Some(source.into()),
        }
    }

    /// The engine failed, because of `source`.
    pub fn engine(source: impl std::fmt::Display + Into<Cause>) -> SandboxError {
        // The words as the error itself shows them, before it is boxed.
        SandboxError::Engine {
            detail: source.to_string(),
            source: Some(source.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cause_is_kept_and_its_words_shown() {
        let error = SandboxError::engine(std::io::Error::other("no executable memory"));
        assert!(
            error.to_string().contains("no executable memory"),
            "{error}"
        );
        let cause = std::error::Error::source(&error).expect("the cause is kept");
        assert_eq!(cause.to_string(), "no executable memory");
        let error = SandboxError::damaged(std::io::Error::other("truncated frame"));
        assert!(error.to_string().contains("truncated frame"), "{error}");
        assert!(std::error::Error::source(&error).is_some());
    }
}
