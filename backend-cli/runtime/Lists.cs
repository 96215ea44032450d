// SPDX-License-Identifier: MIT OR Apache-2.0
// Runtime of the CLI backend: Python lists, one class per element kind
// (int -> long, bool -> bool, every reference type -> object; the program
// casts what it reads back to the element's static type). Negative
// indices count from the end; failures raise IndexError with CPython's
// messages.

namespace Rt
{
    public sealed class IntList
    {
        long[] items;
        int count;

        public IntList(int capacity)
        {
            items = new long[capacity < 4 ? 4 : capacity];
        }

        void Grow(int need)
        {
            int cap = items.Length * 2;
            if (cap < need)
                cap = need;
            long[] bigger = new long[cap];
            System.Array.Copy(items, bigger, count);
            items = bigger;
        }

        int Index(long i, string message)
        {
            if (i < 0)
                i += count;
            if (i < 0 || i >= count)
                throw new IndexError(message);
            return (int)i;
        }

        public long Len()
        {
            return count;
        }

        public void Append(long x)
        {
            if (count == items.Length)
                Grow(count + 1);
            items[count++] = x;
        }

        public long Get(long i)
        {
            return items[Index(i, "list index out of range")];
        }

        public void Set(long i, long x)
        {
            items[Index(i, "list assignment index out of range")] = x;
        }

        public long Pop()
        {
            if (count == 0)
                throw new IndexError("pop from empty list");
            count--;
            long x = items[count];
            items[count] = default(long);
            return x;
        }

        public long PopAt(long i)
        {
            if (count == 0)
                throw new IndexError("pop from empty list");
            int k = Index(i, "pop index out of range");
            long x = items[k];
            System.Array.Copy(items, k + 1, items, k, count - k - 1);
            count--;
            items[count] = default(long);
            return x;
        }

        public void Extend(IntList other)
        {
            int n = other.count;
            if (count + n > items.Length)
                Grow(count + n);
            System.Array.Copy(other.items, 0, items, count, n);
            count += n;
        }
    }

    public sealed class BoolList
    {
        bool[] items;
        int count;

        public BoolList(int capacity)
        {
            items = new bool[capacity < 4 ? 4 : capacity];
        }

        void Grow(int need)
        {
            int cap = items.Length * 2;
            if (cap < need)
                cap = need;
            bool[] bigger = new bool[cap];
            System.Array.Copy(items, bigger, count);
            items = bigger;
        }

        int Index(long i, string message)
        {
            if (i < 0)
                i += count;
            if (i < 0 || i >= count)
                throw new IndexError(message);
            return (int)i;
        }

        public long Len()
        {
            return count;
        }

        public void Append(bool x)
        {
            if (count == items.Length)
                Grow(count + 1);
            items[count++] = x;
        }

        public bool Get(long i)
        {
            return items[Index(i, "list index out of range")];
        }

        public void Set(long i, bool x)
        {
            items[Index(i, "list assignment index out of range")] = x;
        }

        public bool Pop()
        {
            if (count == 0)
                throw new IndexError("pop from empty list");
            count--;
            bool x = items[count];
            items[count] = default(bool);
            return x;
        }

        public bool PopAt(long i)
        {
            if (count == 0)
                throw new IndexError("pop from empty list");
            int k = Index(i, "pop index out of range");
            bool x = items[k];
            System.Array.Copy(items, k + 1, items, k, count - k - 1);
            count--;
            items[count] = default(bool);
            return x;
        }

        public void Extend(BoolList other)
        {
            int n = other.count;
            if (count + n > items.Length)
                Grow(count + n);
            System.Array.Copy(other.items, 0, items, count, n);
            count += n;
        }
    }

    public sealed class ObjList
    {
        object[] items;
        int count;

        public ObjList(int capacity)
        {
            items = new object[capacity < 4 ? 4 : capacity];
        }

        void Grow(int need)
        {
            int cap = items.Length * 2;
            if (cap < need)
                cap = need;
            object[] bigger = new object[cap];
            System.Array.Copy(items, bigger, count);
            items = bigger;
        }

        int Index(long i, string message)
        {
            if (i < 0)
                i += count;
            if (i < 0 || i >= count)
                throw new IndexError(message);
            return (int)i;
        }

        public long Len()
        {
            return count;
        }

        public void Append(object x)
        {
            if (count == items.Length)
                Grow(count + 1);
            items[count++] = x;
        }

        public object Get(long i)
        {
            return items[Index(i, "list index out of range")];
        }

        public void Set(long i, object x)
        {
            items[Index(i, "list assignment index out of range")] = x;
        }

        public object Pop()
        {
            if (count == 0)
                throw new IndexError("pop from empty list");
            count--;
            object x = items[count];
            items[count] = default(object);
            return x;
        }

        public object PopAt(long i)
        {
            if (count == 0)
                throw new IndexError("pop from empty list");
            int k = Index(i, "pop index out of range");
            object x = items[k];
            System.Array.Copy(items, k + 1, items, k, count - k - 1);
            count--;
            items[count] = default(object);
            return x;
        }

        public void Extend(ObjList other)
        {
            int n = other.count;
            if (count + n > items.Length)
                Grow(count + n);
            System.Array.Copy(other.items, 0, items, count, n);
            count += n;
        }
    }
}
