//! What `zhclean clean` reads: files, folders walked in sorted order, and
//! `-` for stdin. Every input named gives one record, even when it cannot
//! be read.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One page to read.
pub enum Input {
    Stdin,
    File(PathBuf),
    /// A folder entry that could not be listed.
    Broken(PathBuf, String),
}

impl Input {
    /// The `source` of its record: the path as given.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".into(),
            Input::File(p) | Input::Broken(p, _) => p.display().to_string(),
        }
    }

    pub fn read(&self) -> Result<Vec<u8>, String> {
        match self {
            Input::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut buf)
                    .map_err(|e| format!("reading stdin: {e}"))?;
                Ok(buf)
            }
            Input::File(p) => std::fs::read(p).map_err(|e| e.to_string()),
            Input::Broken(_, e) => Err(e.clone()),
        }
    }
}

/// Page-like file names inside walked folders.
fn is_page(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let lower = name.to_ascii_lowercase();
    [
        ".html", ".htm", ".shtml", ".xhtml", ".xml", ".php", ".asp", ".aspx",
        ".jsp",
    ]
    .iter()
    .any(|e| lower.ends_with(e))
}

/// Expands folders (recursively, sorted) and keeps files and `-` as given.
pub fn expand(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if p.is_dir() {
            walk(p, &mut out);
        } else {
            // Missing files too: reading them gives the error record.
            out.push(Input::File(p.clone()));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Input>) {
    // An explicit stack, not recursion: folder depth is the user's.
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(rd) => rd,
            Err(e) => {
                out.push(Input::Broken(
                    d.clone(),
                    format!("listing folder: {e}"),
                ));
                continue;
            }
        };
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) => {
                    let path = e.path();
                    match std::fs::metadata(&path) {
                        Ok(m) if m.is_dir() => dirs.push(path),
                        Ok(_) if is_page(&path) => files.push(path),
                        Ok(_) => {}
                        // A dangling link or an unreadable entry.
                        Err(err) if is_page(&path) => {
                            out.push(Input::Broken(path, err.to_string()))
                        }
                        Err(_) => {}
                    }
                }
                Err(e) => out.push(Input::Broken(
                    d.clone(),
                    format!("listing folder: {e}"),
                )),
            }
        }
        files.sort();
        dirs.sort();
        out.extend(files.into_iter().map(Input::File));
        // Reverse so the stack pops folders in sorted order.
        stack.extend(dirs.into_iter().rev());
    }
}
