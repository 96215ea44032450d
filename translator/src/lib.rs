pub use ir;
