//! backend-cli
