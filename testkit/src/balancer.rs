//! Replicas behind a balancer: N vestibule processes behind HAProxy (`config/haproxy/`) on
//! vestibule's port, round robin, health-checked on `/health/ready`, as in production.

use std::fs;
use std::time::{Duration, Instant};

use crate::processes::{repository, tail, tool, Spec};
use crate::stack::Stack;

impl Stack {
    /// HAProxy on vestibule's port with `config/haproxy/haproxy.cfg` and a `server` line per
    /// replica, named like the replica, after each `# servers` line.
    pub(crate) fn start_balancer(&self) {
        let template = fs::read_to_string(repository().join("config/haproxy/haproxy.cfg"))
            .expect("read config/haproxy/haproxy.cfg");
        let servers: String = self
            .replicas()
            .into_iter()
            .map(|(name, port)| format!("    server {name} 127.0.0.1:{port}\n"))
            .collect();
        let mut config = String::new();
        for line in template.lines() {
            config.push_str(line);
            config.push('\n');
            if line.trim() == "# servers" {
                config.push_str(&servers);
            }
        }
        let path = self.dir.join("haproxy.cfg");
        fs::write(&path, config).expect("write haproxy.cfg");
        let spec = Spec::new(tool("VESTIBULE_HAPROXY_BIN"), &self.dir)
            .args(["-db", "-f", &path.display().to_string()])
            .envs([(
                "VESTIBULE_LISTEN",
                format!("127.0.0.1:{}", self.ports.vestibule),
            )]);
        self.processes.spawn("haproxy", spec);
    }

    /// Waits until HAProxy's health checks have found every replica up: requests through it
    /// are answered by each of them in turn.
    pub(crate) async fn wait_until_balanced(&self) {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .build()
            .expect("build a client");
        let url = self.vestibule_url("health/ready");
        let expected: Vec<String> = self.replicas().into_iter().map(|(name, _)| name).collect();
        let deadline = Instant::now() + Duration::from_secs(90);
        let mut seen = Vec::new();
        loop {
            seen.clear();
            for _ in 0..expected.len() * 2 {
                if let Ok(response) = client.get(&url).send().await {
                    if response.status().is_success() {
                        if let Some(name) = response.headers().get("x-served-by") {
                            seen.push(name.to_str().unwrap_or_default().to_owned());
                        }
                    }
                }
            }
            if expected.iter().all(|name| seen.contains(name)) {
                return;
            }
            self.processes.assert_running("haproxy", "while balancing");
            if Instant::now() > deadline {
                panic!(
                    "HAProxy did not send requests to every replica within 90 s (answered by {seen:?}); its log:\n{}",
                    tail(&self.log("haproxy"), 40)
                );
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// The name (`vestibule-1`, ...) and port of each replica.
    pub fn replicas(&self) -> Vec<(String, u16)> {
        self.replica_ports
            .iter()
            .enumerate()
            .map(|(i, port)| (format!("vestibule-{}", i + 1), *port))
            .collect()
    }
}
