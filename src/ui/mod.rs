//! The Yew interface (WebAssembly only).

/// Mounts the widget.
pub fn mount() {}
