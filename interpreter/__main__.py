import sys

from interpreter.main import main

sys.exit(main(sys.argv))
