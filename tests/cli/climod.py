import sys

print("climod running as", __name__, sys.argv[1:])
