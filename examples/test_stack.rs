//! Starts a throwaway stack (Kratos, Hydra, Mailpit and vestibule on free ports, fresh databases
//! and logs under `target/tmp/stacks/`) for tests written in other languages, such as the browser
//! tests in `browser/` and the load test in `load/`.
//!
//!     cargo build --example test_stack && target/debug/examples/test_stack [options]
//!
//! The stack is `vestibule_testkit::Stack`, the one the end-to-end tests run. It needs what they
//! need: `VESTIBULE_KRATOS_BIN`, `VESTIBULE_HYDRA_BIN` and `VESTIBULE_MAILPIT_BIN` (exported by
//! `scripts/test`), and a built vestibule binary (`VESTIBULE_BIN`, else the one beside this
//! example, `target/<profile>/vestibule`).
//!
//! Options add to a service's environment, and may be repeated:
//!
//!     --vestibule-env NAME=VALUE   e.g. --vestibule-env TRUSTED_CLIENT_IDS=app1,app2
//!     --kratos-env NAME=VALUE
//!     --hydra-env NAME=VALUE
//!
//! and choose the stack's shape:
//!
//!     --database sqlite|postgres   where Kratos and Hydra keep their data (default: as
//!                                  VESTIBULE_TEST_DATABASE says, else sqlite); PostgreSQL also
//!                                  needs VESTIBULE_POSTGRES_BIN
//!     --replicas N                 N vestibule processes behind HAProxy (VESTIBULE_HAPROXY_BIN)
//!     --tls                        the production shape of docs/deployment.md: HTTPS through
//!                                  HAProxy with a certificate from a CA made for the stack,
//!                                  vestibule with Kratos's browser paths at
//!                                  https://login.vestibule.test:<port>, Hydra and the test's app
//!                                  at https://{oauth,app}.vestibule.test:<port>, Kratos and Hydra
//!                                  without --dev, config/production/ on top of config/
//!
//! Once every service is healthy it prints one JSON line on stdout with the URLs, ports and the
//! stack's directory, then runs until its standard input closes. The services die with it.
//!
//! For fault tests it takes commands, one a line, on the Unix socket named `control` in that
//! line, and answers each with one line (`ok ...` or `error ...`) once it is done:
//!
//!     signal NAME KILL|TERM|INT|STOP|CONT   send a signal to a service (vestibule-1, kratos, ...)
//!     wait NAME SECONDS                     wait for a service to exit (`ok exited ...`)
//!     restart NAME                          start a service again, on the same port, and wait
//!                                           until it is healthy
//!     restart-database                      restart PostgreSQL (fast shutdown, then start)

use std::io::{Read, Write};
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use vestibule_testkit::{Database, Stack, StackOptions, TLS_DOMAIN};

fn usage(problem: &str) -> ! {
    eprintln!(
        "test_stack: {problem}\n\
         usage: test_stack [--vestibule-env NAME=VALUE] [--kratos-env NAME=VALUE] [--hydra-env NAME=VALUE]... \
         [--database sqlite|postgres] [--replicas N] [--tls]"
    );
    std::process::exit(2);
}

fn parse_options() -> StackOptions {
    let mut options = StackOptions::default();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        match flag.as_str() {
            "--database" => {
                options.database = match args.next().as_deref() {
                    Some("sqlite") => Some(Database::Sqlite),
                    Some("postgres") => Some(Database::Postgres),
                    _ => usage("--database needs sqlite or postgres"),
                };
                continue;
            }
            "--tls" => {
                options.tls = true;
                continue;
            }
            "--replicas" => {
                options.replicas = match args.next().map(|n| n.parse::<usize>()) {
                    Some(Ok(n)) => n,
                    _ => usage("--replicas needs a number"),
                };
                continue;
            }
            _ => {}
        }
        let target = match flag.as_str() {
            "--vestibule-env" => &mut options.vestibule_env,
            "--kratos-env" => &mut options.kratos_env,
            "--hydra-env" => &mut options.hydra_env,
            "-h" | "--help" => usage("help"),
            other => usage(&format!("unknown argument {other:?}")),
        };
        let Some(pair) = args.next() else {
            usage(&format!("{flag} needs NAME=VALUE"))
        };
        let Some((name, value)) = pair.split_once('=') else {
            usage(&format!("{flag} needs NAME=VALUE, got {pair:?}"))
        };
        target.push((name.to_owned(), value.to_owned()));
    }
    options
}

#[tokio::main]
async fn main() {
    let options = parse_options();
    let stack = Arc::new(Stack::start(options).await);
    let control = stack.dir.join("control");
    let listener =
        std::os::unix::net::UnixListener::bind(&control).expect("bind the control socket");
    let p = stack.ports;
    let base = |url: String| url.trim_end_matches('/').to_owned();
    // Browsers reach vestibule, Kratos and Hydra at their public names in the production shape
    // (Kratos under vestibule's).
    let public = |name: &str, url: String| match &stack.tls {
        Some(shape) => shape.origin(name),
        None => base(url),
    };
    let tls = stack.tls.as_ref().map(|shape| {
        json!({
            "port": shape.port,
            "app_port": shape.app_port,
            "app": shape.origin("app"),
            "ca": shape.ca.display().to_string(),
            "domain": TLS_DOMAIN,
            "vestibule_internal": base(stack.vestibule_url("")),
            "kratos_public_internal": base(stack.kratos_public_url("")),
            "hydra_public_internal": base(stack.hydra_public_url("")),
        })
    });
    let description = json!({
        "vestibule": public("login", stack.vestibule_url("")),
        "kratos_public": public("login", stack.kratos_public_url("")),
        "kratos_admin": base(stack.kratos_admin_url("")),
        "hydra_public": public("oauth", stack.hydra_public_url("")),
        "tls": tls,
        "hydra_admin": base(stack.hydra_admin_url("")),
        "mailpit": base(stack.mailpit_url("")),
        "smtp": format!("127.0.0.1:{}", p.smtp),
        "ports": {
            "vestibule": p.vestibule,
            "kratos_public": p.kratos_public,
            "kratos_admin": p.kratos_admin,
            "hydra_public": p.hydra_public,
            "hydra_admin": p.hydra_admin,
            "smtp": p.smtp,
            "mailpit": p.mailpit,
        },
        "dir": stack.dir.display().to_string(),
        "control": control.display().to_string(),
        "pid": std::process::id(),
        "database": format!("{:?}", stack.database).to_lowercase(),
        "vestibule_pids": stack.vestibule_pids(),
        "replicas": stack.replicas().into_iter().map(|(name, port)| json!({"name": name, "port": port})).collect::<Vec<_>>(),
        // Prometheus metrics of each vestibule process (the one, or each replica's).
        "metrics": stack.metrics_ports.iter().map(|port| format!("http://127.0.0.1:{port}/metrics")).collect::<Vec<_>>(),
    });
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{description}").expect("write the stack description");
    stdout.flush().expect("flush stdout");
    drop(stdout);

    let controlled = Arc::clone(&stack);
    let runtime = tokio::runtime::Handle::current();
    // One controller at a time: commands run in the order they come. The thread ends with the
    // process; the services die with the stack either way.
    std::thread::spawn(move || {
        for connection in listener.incoming().flatten() {
            serve_control(&controlled, &runtime, connection);
        }
    });

    // Run until whoever started us closes our standard input (or dies).
    tokio::task::spawn_blocking(|| {
        let mut sink = Vec::new();
        let _ = std::io::stdin().lock().read_to_end(&mut sink);
    })
    .await
    .expect("wait for standard input to close");
    // The services die with this process (they are tied to it), whoever holds the stack.
    std::process::exit(0);
}

fn serve_control(
    stack: &Stack,
    runtime: &tokio::runtime::Handle,
    connection: std::os::unix::net::UnixStream,
) {
    use std::io::BufRead;
    let Ok(mut write) = connection.try_clone() else {
        return;
    };
    for line in std::io::BufReader::new(connection).lines() {
        let Ok(line) = line else { return };
        let words: Vec<&str> = line.split_whitespace().collect();
        let answer = match words.as_slice() {
            ["signal", name, signal] => match signal_number(signal) {
                Some(number) => {
                    stack.signal(name, number);
                    "ok".to_owned()
                }
                None => format!("error unknown signal {signal}"),
            },
            ["wait", name, seconds] => match seconds.parse::<f64>() {
                Ok(seconds) => match runtime
                    .block_on(stack.wait_for_exit(name, Duration::from_secs_f64(seconds)))
                {
                    Some(status) => format!("ok exited {status}"),
                    None => "error still running".to_owned(),
                },
                Err(_) => format!("error {seconds} is not a number of seconds"),
            },
            ["restart", name] => {
                runtime.block_on(stack.restart(name));
                "ok".to_owned()
            }
            ["restart-database"] => {
                stack.restart_database();
                "ok".to_owned()
            }
            _ => format!("error unknown command {line:?}"),
        };
        eprintln!("control: {line} -> {answer}");
        if write.write_all(format!("{answer}\n").as_bytes()).is_err() {
            return;
        }
    }
}

fn signal_number(name: &str) -> Option<i32> {
    Some(match name {
        "KILL" => libc::SIGKILL,
        "TERM" => libc::SIGTERM,
        "INT" => libc::SIGINT,
        "STOP" => libc::SIGSTOP,
        "CONT" => libc::SIGCONT,
        _ => return None,
    })
}
