"""RPython support library (plain Python, importable on CPython).

Programs written in the input language import these modules; on CPython
they run as ordinary Python, and the translator gives them their
translated meaning (documented per function): ints are 64-bit there.
"""
