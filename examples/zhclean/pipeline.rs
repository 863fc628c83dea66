//! An ordered parallel map: one thread reads jobs, N threads work on them,
//! and the calling thread gets the results back in input order.
//!
//! I chose a pipeline over rayon chunks because a chunk waits for its
//! slowest page and stops reading while it waits; here reading, cleaning
//! and writing overlap. A window of tickets bounds the jobs in flight
//! (queued, being cleaned, or waiting for an earlier one to be written),
//! so memory stays flat however large the input.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{channel, sync_channel, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// Why the run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// Every job was worked on and handed over.
    Done,
    /// `stop` was set (Ctrl-C): the jobs read so far were handed over.
    Stopped,
    /// The consumer asked to stop (its output went away).
    Refused,
}

/// Runs `produce` on its own thread, `work` on `threads` threads, and
/// `consume` on this thread in the order `produce` emitted the jobs.
///
/// `produce` calls its argument with each job; that returns `false` when
/// the run is stopping. `consume` returns `false` to stop the run.
pub fn run<J, R>(
    threads: usize,
    stop: Arc<AtomicBool>,
    produce: impl FnOnce(&mut dyn FnMut(J) -> bool) + Send + 'static,
    work: impl Fn(J) -> R + Send + Sync + 'static,
    mut consume: impl FnMut(R) -> bool,
) -> std::io::Result<End>
where
    J: Send + 'static,
    R: Send + 'static,
{
    let threads = threads.max(1);
    let window = threads * 4 + 16;
    let (ticket_tx, ticket_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        // The channel holds exactly `window`: these cannot fail.
        let _ = ticket_tx.send(());
    }
    let (job_tx, job_rx) = sync_channel::<(u64, J)>(window);
    let (done_tx, done_rx) = channel::<(u64, R)>();
    // How many jobs were handed to the workers: on Ctrl-C the consumer
    // drains exactly these and returns, even while the reader is still
    // blocked on a slow stdin.
    let sent = Arc::new(AtomicU64::new(0));

    // The threads are detached, not scoped: a reader blocked on stdin must
    // not keep the process alive after Ctrl-C.
    {
        let stop = Arc::clone(&stop);
        let sent = Arc::clone(&sent);
        thread::Builder::new().name("zhclean-read".into()).spawn(
            move || {
                let mut seq = 0u64;
                produce(&mut |job| {
                    if stop.load(Ordering::SeqCst) || ticket_rx.recv().is_err()
                    {
                        return false;
                    }
                    // Again: waiting for a ticket can take a while.
                    if stop.load(Ordering::SeqCst) {
                        return false;
                    }
                    sent.store(seq + 1, Ordering::SeqCst);
                    let ok = job_tx.send((seq, job)).is_ok();
                    seq += 1;
                    ok
                });
            },
        )?;
    }
    let job_rx = Arc::new(Mutex::new(job_rx));
    let work = Arc::new(work);
    for i in 0..threads {
        let job_rx = Arc::clone(&job_rx);
        let done_tx = done_tx.clone();
        let work = Arc::clone(&work);
        thread::Builder::new()
            .name(format!("zhclean-clean-{i}"))
            // html5ever and the DOM walk can go deep on pathological
            // nesting; the main thread's 8 MiB has been enough.
            .stack_size(8 << 20)
            .spawn(move || loop {
                // A poisoned lock only means another worker panicked
                // while waiting; the receiver itself is fine.
                let next = job_rx
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .recv();
                let Ok((seq, job)) = next else { return };
                // `work` turns its own panics into error records. Should
                // one still get through, a lost result would stall the
                // consumer forever, so abort loudly instead of hanging.
                let result = catch_unwind(AssertUnwindSafe(|| work(job)));
                match result {
                    Ok(r) => {
                        if done_tx.send((seq, r)).is_err() {
                            return;
                        }
                    }
                    Err(_) => std::process::abort(),
                }
            })?;
    }
    drop(done_tx);

    let mut next = 0u64;
    let mut waiting = BTreeMap::new();
    loop {
        if stop.load(Ordering::SeqCst) && next >= sent.load(Ordering::SeqCst) {
            return Ok(End::Stopped);
        }
        match done_rx.recv_timeout(Duration::from_millis(100)) {
            Ok((seq, r)) => {
                waiting.insert(seq, r);
            }
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => {
                return Ok(if stop.load(Ordering::SeqCst) {
                    End::Stopped
                } else {
                    End::Done
                });
            }
        }
        while let Some(r) = waiting.remove(&next) {
            next += 1;
            let _ = ticket_tx.send(());
            if !consume(r) {
                return Ok(End::Refused);
            }
        }
    }
}
