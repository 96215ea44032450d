# errno constants
import errno

for name in ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST",
             "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "ERANGE", "EDOM", "ENOTEMPTY", "ENAMETOOLONG",
             "ETIMEDOUT", "ECONNREFUSED", "EWOULDBLOCK", "EDEADLK", "EDEADLOCK", "ENOTSUP", "EOPNOTSUPP"]:
    print(name, getattr(errno, name))
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.ENOTSUP == errno.EOPNOTSUPP)
