//! Opening a connection to the class server: the address, TLS, and time limits.
//!
//! TLS follows PostgreSQL's own client (`libpq`): with `sslmode=prefer` (the default) or
//! `require` the connection is encrypted when the server offers it, without checking whose
//! certificate it is (schools' servers often have a self-signed one, as Debian installs it);
//! with `sslmode=verify-full` the certificate must be valid for the host under the common
//! public roots (compiled in, `webpki-roots`). rustls does the TLS: there is no system
//! library to find.

use std::sync::Arc;
use std::time::Duration;

use postgres::Client;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

use super::ServerError;

/// How long to wait for the server to answer a connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// A server address as the user gave it, parsed.
#[derive(Clone)]
pub struct Address {
    config: postgres::Config,
    verify: bool,
}

impl std::fmt::Debug for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Address({})", self.shown())
    }
}

impl Address {
    /// Parses `postgres://user:password@host:port/database?sslmode=...`.
    pub fn parse(url: &str) -> Result<Address, ServerError> {
        let mut verify = false;
        let mut cleaned = url.trim().to_owned();
        for mode in ["sslmode=verify-full", "sslmode=verify-ca"] {
            if cleaned.contains(mode) {
                verify = true;
                cleaned = cleaned.replace(mode, "sslmode=require");
            }
        }
        let config: postgres::Config =
            cleaned
                .parse()
                .map_err(|e: postgres::Error| ServerError::BadAddress {
                    reason: e.to_string(),
                })?;
        if config.get_hosts().is_empty() || config.get_dbname().is_none() {
            return Err(ServerError::BadAddress {
                reason: crate::tr!("server-address-needs-host-and-database"),
            });
        }
        Ok(Address { config, verify })
    }

    /// The address as people see it: no password.
    pub fn shown(&self) -> String {
        let host = match self.config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => String::new(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        format!("{}@{host}:{port}/{}", self.user(), self.database())
    }

    pub fn user(&self) -> &str {
        self.config.get_user().unwrap_or("")
    }

    pub fn database(&self) -> &str {
        self.config.get_dbname().unwrap_or("")
    }

    /// Connects, giving up after `timeout`.
    pub fn connect(&self, timeout: Duration) -> Result<Client, ServerError> {
        let mut config = self.config.clone();
        config.connect_timeout(timeout);
        config.tcp_user_timeout(timeout.max(Duration::from_secs(10)));
        config.keepalives(true);
        config.application_name("slate");
        let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls_config(self.verify));
        config
            .connect(tls)
            .map_err(|e| ServerError::from_connect(e, self))
    }
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn tls_config(verify: bool) -> rustls::ClientConfig {
    let builder = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .expect("ring supports the default TLS versions");
    if verify {
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        builder.with_root_certificates(roots).with_no_client_auth()
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(EncryptOnly(provider())))
            .with_no_client_auth()
    }
}

/// `sslmode=require`'s meaning in PostgreSQL: encrypt, but accept the server's certificate as
/// it is (the signatures of the handshake are still checked).
#[derive(Debug)]
struct EncryptOnly(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for EncryptOnly {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shown_address_has_no_password() {
        let a = Address::parse("postgres://lab:s3cret@db.school:5433/slate").unwrap();
        assert_eq!(a.shown(), "lab@db.school:5433/slate");
        assert!(!format!("{a:?}").contains("s3cret"));
    }

    #[test]
    fn verify_full_is_understood() {
        let a = Address::parse("postgres://lab@db/slate?sslmode=verify-full").unwrap();
        assert!(a.verify);
        assert!(Address::parse("postgres://lab@db/slate").is_ok());
    }

    #[test]
    fn an_address_without_a_database_is_refused() {
        let err = Address::parse("postgres://lab@db").unwrap_err();
        assert!(matches!(err, ServerError::BadAddress { .. }), "{err}");
        assert!(Address::parse("not a url at all ::").is_err());
    }
}
