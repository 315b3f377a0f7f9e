//! Ports for the servers a test starts.

use std::net::TcpListener;
use std::sync::Mutex;

/// A loopback port for a server of a test, never handed out twice in this process.
///
/// Ports come from below Linux's ephemeral range (32768 and up), so the outgoing connections of
/// the many processes a test run starts cannot take a port between its choice here and the
/// moment its server binds it.
pub fn free_port() -> u16 {
    static GIVEN: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap_or_else(|e| e.into_inner());
    // Spread over the range by process id, so test binaries running one after another (or a
    // browser suite beside them) start from different places.
    let start = (std::process::id() as usize * 7919) % 12_000;
    for offset in 0..12_000 {
        let port = (20_000 + (start + offset) % 12_000) as u16;
        if given.contains(&port) {
            continue;
        }
        if TcpListener::bind(("127.0.0.1", port)).is_ok()
            && TcpListener::bind(("0.0.0.0", port)).is_ok()
        {
            given.push(port);
            return port;
        }
    }
    panic!("no free port between 20000 and 32000 on this machine");
}
