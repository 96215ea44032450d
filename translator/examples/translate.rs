//! Translate a file and print its IR (or the diagnostics):
//! `cargo run -p translator --example translate -- FILE.py`
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: translate FILE.py");
        std::process::exit(2);
    };
    match translator::translate_file(std::path::Path::new(&path)) {
        Ok(m) => print!("{}", ir::text::print_module(&m)),
        Err(d) => {
            eprint!("{}", d.render(false));
            std::process::exit(1);
        }
    }
}
