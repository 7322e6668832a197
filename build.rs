//! The release wasm keeps its relocations, which `wasm-split-cli` needs to
//! split the lazily loaded pages out of it (build/split-wasm.mjs). Only the
//! wasm binary: as a RUSTFLAG it would rebuild every dependency.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}
