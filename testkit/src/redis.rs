//! A stack's Redis, where vestibule counts the `/phone` limits (`PHONE_LIMITS_REDIS_URL`).

use std::io;
use std::time::{Duration, Instant};

use crate::processes::{tail, tool, Spec};
use crate::stack::Stack;

/// Whether a Redis server on `port` answers `PING` with `+PONG`.
async fn answers(port: u16) -> bool {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let ping = async {
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
        stream.write_all(b"PING\r\n").await?;
        let mut answer = [0u8; 7];
        stream.read_exact(&mut answer).await?;
        Ok::<_, io::Error>(&answer == b"+PONG\r\n")
    };
    matches!(
        tokio::time::timeout(Duration::from_secs(2), ping).await,
        Ok(Ok(true))
    )
}

impl Stack {
    /// Redis on `port`, keeping nothing on disk.
    pub(crate) fn start_redis(&self, port: u16) {
        let spec = Spec::new(tool("VESTIBULE_REDIS_BIN"), &self.dir).args([
            "--bind",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            &self.dir.display().to_string(),
        ]);
        self.processes.spawn("redis", spec);
    }

    /// Waits until the stack's Redis answers `PING`; a Redis that exits or stays silent fails the
    /// test with its log.
    pub(crate) async fn wait_until_redis_answers(&self) {
        let port = self.redis_port.expect("a stack with Redis");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if answers(port).await {
                return;
            }
            self.processes
                .assert_running("redis", &format!("before answering on port {port}"));
            if Instant::now() > deadline {
                panic!(
                    "redis did not answer PING on port {port} within 30 s; its log:\n{}",
                    tail(&self.log("redis"), 40)
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
