//! TLS to the team server, with libpq's `sslmode` meanings (rustls; no system libraries).
//!
//! | `sslmode` | encrypted | the server's certificate |
//! |---|---|---|
//! | `disable` | never | - |
//! | `prefer` (default) | if the server offers it | not checked |
//! | `require` | always | not checked |
//! | `verify-ca` | always | signed by a trusted authority |
//! | `verify-full` | always | signed by a trusted authority, and for the host connected to |
//!
//! Trusted authorities: the file named by `sslrootcert` (in the connection string) or
//! `PGSSLROOTCERT`, else the system's store. `sslmode` may also come from `PGSSLMODE`.

use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_postgres_rustls::MakeRustlsConnect;

/// How much of the server's certificate is checked (encryption itself is `postgres`'s
/// `SslMode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verify {
    Nothing,
    Authority,
    AuthorityAndHost,
}

/// The TLS options taken out of a connection string (which `postgres` would refuse), and the
/// string left for `postgres` to parse.
#[derive(Clone, Debug, PartialEq)]
pub struct TlsOptions {
    pub rest: String,
    /// `disable`, `prefer` or `require`: what `postgres` understands.
    pub sslmode: Option<&'static str>,
    pub verify: Verify,
    pub root_cert: Option<String>,
}

/// Takes `sslmode` and `sslrootcert` out of a URL (`...?sslmode=verify-full&...`) or a
/// `key=value` string, falling back to `PGSSLMODE` and `PGSSLROOTCERT`.
pub fn options(url: &str, env: impl Fn(&str) -> Option<String>) -> Result<TlsOptions, String> {
    let (rest, mut found) = take(url, &["sslmode", "sslrootcert"]);
    let mode = found.remove("sslmode").or_else(|| env("PGSSLMODE"));
    let root_cert = found.remove("sslrootcert").or_else(|| env("PGSSLROOTCERT"));
    let (sslmode, verify) = match mode.as_deref() {
        None => (None, Verify::Nothing),
        Some("disable") => (Some("disable"), Verify::Nothing),
        Some("allow" | "prefer") => (Some("prefer"), Verify::Nothing),
        Some("require") => (Some("require"), Verify::Nothing),
        Some("verify-ca") => (Some("require"), Verify::Authority),
        Some("verify-full") => (Some("require"), Verify::AuthorityAndHost),
        Some(other) => {
            return Err(format!(
                "sslmode '{other}' is not one of disable, allow, prefer, require, verify-ca, verify-full"
            ));
        }
    };
    let rest = match sslmode {
        None => rest,
        Some(mode) if rest.contains("://") => {
            let sep = if rest.contains('?') { '&' } else { '?' };
            format!("{rest}{sep}sslmode={mode}")
        }
        Some(mode) => format!("{rest} sslmode={mode}"),
    };
    Ok(TlsOptions { rest, sslmode, verify, root_cert })
}

/// `url` without the options named in `keys`, and their values (URL query or `key=value`).
fn take(url: &str, keys: &[&str]) -> (String, std::collections::HashMap<String, String>) {
    let mut found = std::collections::HashMap::new();
    if url.contains("://") {
        let Some((head, query)) = url.split_once('?') else { return (url.to_string(), found) };
        let kept: Vec<&str> = query
            .split('&')
            .filter(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                if keys.contains(&k) {
                    found.insert(k.to_string(), percent_decode(v));
                    false
                } else {
                    true
                }
            })
            .collect();
        let rest = if kept.is_empty() { head.to_string() } else { format!("{head}?{}", kept.join("&")) };
        (rest, found)
    } else {
        let kept: Vec<&str> = url
            .split_whitespace()
            .filter(|pair| match pair.split_once('=') {
                Some((k, v)) if keys.contains(&k) => {
                    found.insert(k.to_string(), v.trim_matches('\'').to_string());
                    false
                }
                _ => true,
            })
            .collect();
        // Rebuilt only when something was taken out, so quoted values stay as they were.
        if found.is_empty() { (url.to_string(), found) } else { (kept.join(" "), found) }
    }
}

/// `%2F` and the like in a URL's value.
fn percent_decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (
            bytes[i],
            bytes.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()),
        ) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The connector for `postgres`: checks what `verify` asks of the server's certificate.
pub fn connector(opts: &TlsOptions) -> Result<MakeRustlsConnect, String> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS: {e}"))?;
    let config = match opts.verify {
        Verify::Nothing => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Unchecked(provider.signature_verification_algorithms)))
            .with_no_client_auth(),
        Verify::Authority | Verify::AuthorityAndHost => {
            let roots = Arc::new(roots(opts.root_cert.as_deref())?);
            let webpki = WebPkiServerVerifier::builder_with_provider(roots, provider)
                .build()
                .map_err(|e| format!("TLS: {e}"))?;
            let verifier: Arc<dyn ServerCertVerifier> =
                if opts.verify == Verify::Authority { Arc::new(AuthorityOnly(webpki)) } else { webpki };
            builder.dangerous().with_custom_certificate_verifier(verifier).with_no_client_auth()
        }
    };
    Ok(MakeRustlsConnect::new(config))
}

/// The authorities trusted: those in `file`, else the system's.
fn roots(file: Option<&str>) -> Result<RootCertStore, String> {
    let mut roots = RootCertStore::empty();
    match file {
        Some(path) => {
            let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
                .and_then(|certs| certs.collect::<Result<_, _>>())
                .map_err(|e| format!("sslrootcert {path}: {e}"))?;
            let (added, _) = roots.add_parsable_certificates(certs);
            if added == 0 {
                return Err(format!("sslrootcert {path}: no certificate in it"));
            }
        }
        None => {
            let found = rustls_native_certs::load_native_certs();
            roots.add_parsable_certificates(found.certs);
            if roots.is_empty() {
                return Err(
                    "no trusted certificate authorities on this system: give sslrootcert or PGSSLROOTCERT".into()
                );
            }
        }
    }
    Ok(roots)
}

/// `prefer` and `require`: encrypted, the certificate not checked (as libpq does without
/// `verify-*`); the handshake's signatures still are.
#[derive(Debug)]
struct Unchecked(WebPkiSupportedAlgorithms);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_schemes()
    }
}

/// `verify-ca`: the chain must lead to a trusted authority; the host name is not compared.
#[derive(Debug)]
struct AuthorityOnly(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for AuthorityOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        // webpki checks the chain before the name: a name error means the chain held.
        match self.0.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}
