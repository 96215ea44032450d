class Broken:
    def close(self):
        raise OSError("close failed")
def work():
    b = Broken()
    try:
        {}["key"]
    finally:
        b.close()
work()
