//! The production shape's TLS: a CA made for the stack, a certificate it signed for the names
//! under the test domain, HAProxy terminating TLS in front of vestibule, Kratos, Hydra and the
//! test's app, and a client that trusts only that CA.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::processes::{repository, tail, tool, Spec};
use crate::stack::Stack;

/// The test domain (`.test` is reserved: it never resolves on the internet). Browsers and clients
/// map its names to 127.0.0.1 themselves.
pub const TLS_DOMAIN: &str = "vestibule.test";

/// The names of the production shape under the test domain, as in config/production/.
pub const TLS_NAMES: [&str; 3] = ["login", "oauth", "app"];

/// A production-shaped stack's public side, through HAProxy with a certificate from a CA made for
/// this stack: vestibule (and Kratos's browser paths) at `https://login.vestibule.test:<port>`,
/// Hydra at `https://oauth.…` and the test's app at `https://app.…`.
#[derive(Clone, Debug)]
pub struct TlsShape {
    /// HAProxy's port on 127.0.0.1 (in every public URL).
    pub port: u16,
    /// Where HAProxy sends `app.vestibule.test`: the test's client app listens here.
    pub app_port: u16,
    /// The test CA's certificate (PEM), the only one clients trust for these names.
    pub ca: PathBuf,
}

impl TlsShape {
    /// `https://<name>.vestibule.test:<port>` (no trailing slash).
    pub fn origin(&self, name: &str) -> String {
        format!("https://{name}.{TLS_DOMAIN}:{}", self.port)
    }
}

/// A CA made for this stack and a certificate it signed for the names under the test
/// domain (`server.pem`: certificate and key, as HAProxy takes them).
pub fn make_certificates(dir: &Path) {
    fs::create_dir_all(dir).expect("create the certificate directory");
    let openssl = |args: &[&str]| {
        let output = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap_or_else(|e| panic!("cannot run openssl: {e}"));
        assert!(
            output.status.success(),
            "openssl {args:?} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=vestibule test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    let names: Vec<String> = TLS_NAMES
        .iter()
        .map(|name| format!("DNS:{name}.{TLS_DOMAIN}"))
        .collect();
    fs::write(
        dir.join("server.ext"),
        format!(
            "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName={}\n",
            names.join(",")
        ),
    )
    .expect("write the certificate's extensions");
    openssl(&[
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        &format!("/CN=login.{TLS_DOMAIN}"),
    ]);
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "server.ext",
        "-out",
        "server.crt",
    ]);
    let read = |name: &str| fs::read(dir.join(name)).unwrap_or_else(|e| panic!("read {name}: {e}"));
    let pem = [read("server.crt"), read("server.key")].concat();
    fs::write(dir.join("server.pem"), pem).expect("write server.pem");
}

impl Stack {
    /// HAProxy with `config/production/haproxy.cfg`: TLS on the stack's public port, a name per
    /// service.
    pub(crate) fn start_tls_proxy(&self) {
        let shape = self.tls.as_ref().expect("a production-shaped stack");
        let p = self.ports;
        let upstream = |port: u16| format!("127.0.0.1:{port}");
        let config = repository().join("config/production/haproxy.cfg");
        let spec = Spec::new(tool("VESTIBULE_HAPROXY_BIN"), &self.dir)
            .args(["-db", "-f", &config.display().to_string()])
            .envs([
                ("VESTIBULE_DOMAIN", TLS_DOMAIN.to_owned()),
                ("VESTIBULE_TLS_LISTEN", format!("127.0.0.1:{}", shape.port)),
                (
                    "VESTIBULE_TLS_CERT",
                    self.dir.join("tls/server.pem").display().to_string(),
                ),
                ("VESTIBULE_UPSTREAM", upstream(p.vestibule)),
                ("KRATOS_UPSTREAM", upstream(p.kratos_public)),
                ("HYDRA_UPSTREAM", upstream(p.hydra_public)),
                ("APP_UPSTREAM", upstream(shape.app_port)),
            ]);
        self.processes.spawn("haproxy-tls", spec);
    }

    /// A client of the production-shaped stack, as an app on another machine would be: it
    /// resolves the test domain's names to 127.0.0.1 itself and trusts only the test CA.
    pub fn https_client(&self) -> reqwest::Client {
        let shape = self.tls.as_ref().expect("a production-shaped stack");
        let ca = fs::read(&shape.ca).expect("read the test CA");
        let mut builder = reqwest::Client::builder()
            .tls_built_in_root_certs(false)
            .add_root_certificate(reqwest::Certificate::from_pem(&ca).expect("the test CA"))
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(5));
        for name in TLS_NAMES {
            builder = builder.resolve(
                &format!("{name}.{TLS_DOMAIN}"),
                ([127, 0, 0, 1], shape.port).into(),
            );
        }
        builder.build().expect("build the https client")
    }

    /// Waits until vestibule, Kratos (under vestibule's name) and Hydra answer through HAProxy
    /// over https.
    pub(crate) async fn wait_until_served_over_https(&self) {
        let shape = self.tls.as_ref().expect("a production-shaped stack");
        let client = self.https_client();
        let deadline = Instant::now() + Duration::from_secs(60);
        for (name, path) in [
            ("login", "health/ready"),
            ("login", ".well-known/ory/webauthn.js"),
            ("oauth", "health/ready"),
        ] {
            let url = format!("{}/{path}", shape.origin(name));
            loop {
                let answer = client.get(&url).send().await;
                if matches!(&answer, Ok(response) if response.status().is_success()) {
                    break;
                }
                self.processes
                    .assert_running("haproxy-tls", "while serving over https");
                if Instant::now() > deadline {
                    panic!(
                        "{url} did not answer 200 through HAProxy within 60 s (last: {answer:?}); its log:\n{}",
                        tail(&self.log("haproxy-tls"), 40)
                    );
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}
