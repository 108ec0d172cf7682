//! The standalone page's entry point: mounts the widget into `#carefit`.

#[cfg(target_arch = "wasm32")]
fn main() {
    carefit::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("carefit runs in the browser: build it with scripts/build (see README.md)");
    std::process::exit(2);
}
