# The runtime's exception fields are not attributes a program can use
# (only the translator's support code rewrites them).
import os


def main(argv: list[str]) -> int:
    try:
        os.remove("/nonexistent-rpy-dir/x")
    except OSError as e:
        print(e.message)
        e.message = "other"
    return 0
