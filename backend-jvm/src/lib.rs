//! backend-jvm
