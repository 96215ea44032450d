import sys
class Err(Exception):
    pass
def main():
    print("running")
    sys.stdout.flush()
    raise Err()
main()
