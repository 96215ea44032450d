# getcwd is absolute and agrees with abspath
import os

cwd = os.getcwd()
print(cwd.startswith("/"), cwd == os.path.abspath("."), os.path.isdir(cwd))
print(os.path.basename(cwd), os.path.abspath("x/../y") == os.path.join(cwd, "y"))
print(os.path.exists("mod_os_getcwd.py"), os.path.isfile("mod_os_getcwd.py"), os.path.isdir("mod_os_getcwd.py"))
print("mod_os_getcwd.py" in os.listdir("."), "mod_os_getcwd.py" in os.listdir())
