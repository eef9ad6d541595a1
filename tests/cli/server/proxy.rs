//! A TCP proxy in front of the test server, to switch the server "off" and "on" for one test
//! without touching the cluster the other tests share: stopping it closes the port and every
//! connection through it, as a server that went down would.

use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub struct Proxy {
    pub port: u16,
    target: SocketAddr,
    running: Option<Running>,
}

struct Running {
    stop: Arc<AtomicBool>,
    streams: Arc<Mutex<Vec<TcpStream>>>,
    accept: std::thread::JoinHandle<()>,
}

/// The host and port of a `postgres://` URL.
pub fn address_of(url: &str) -> SocketAddr {
    let rest = url.rsplit_once('@').map_or(url, |(_, r)| r);
    let host_port = rest.split('/').next().expect("a host");
    let host_port = if host_port.contains(':') {
        host_port.to_owned()
    } else {
        format!("{host_port}:5432")
    };
    host_port
        .replace("localhost", "127.0.0.1")
        .parse()
        .expect("a numeric address")
}

impl Proxy {
    /// A running proxy to the server of `url`.
    pub fn to(url: &str) -> Proxy {
        let mut p = Proxy {
            port: 0,
            target: address_of(url),
            running: None,
        };
        p.start();
        p
    }

    /// Opens the port (the same one as before, after a stop).
    pub fn start(&mut self) {
        if self.running.is_some() {
            return;
        }
        let listener = TcpListener::bind(("127.0.0.1", self.port)).expect("the proxy's port");
        self.port = listener.local_addr().unwrap().port();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let streams: Arc<Mutex<Vec<TcpStream>>> = Arc::default();
        let target = self.target;
        let accept = {
            let (stop, streams) = (Arc::clone(&stop), Arc::clone(&streams));
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    match listener.accept() {
                        Ok((client, _)) => {
                            client.set_nonblocking(false).unwrap();
                            let Ok(server) = TcpStream::connect(target) else {
                                continue;
                            };
                            let mut list = streams.lock().unwrap();
                            list.push(client.try_clone().unwrap());
                            list.push(server.try_clone().unwrap());
                            pipe(client.try_clone().unwrap(), server.try_clone().unwrap());
                            pipe(server, client);
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
            })
        };
        self.running = Some(Running {
            stop,
            streams,
            accept,
        });
    }

    /// Closes the port and every connection through it.
    pub fn stop(&mut self) {
        if let Some(r) = self.running.take() {
            r.stop.store(true, Ordering::SeqCst);
            let _ = r.accept.join();
            for s in r.streams.lock().unwrap().drain(..) {
                let _ = s.shutdown(Shutdown::Both);
            }
        }
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop();
    }
}

fn pipe(mut from: TcpStream, mut to: TcpStream) {
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut from, &mut to);
        let _ = to.shutdown(Shutdown::Both);
    });
}
