// SPDX-License-Identifier: MIT OR Apache-2.0
// Runtime of the CLI backend: Python lists. This file is a template: the
// backend instantiates it once per element kind (LIST/ELEM become
// IntList/long, BoolList/bool, FloatList/double, ObjList/object); the
// program casts what an ObjList gives back to the element's static type.
// Negative indices count from the end; failures raise IndexError with
// CPython's messages. Bounds of Slice/Insert/Truncate are normalized by
// the front end; they are clamped here anyway.

namespace Rt
{
    public sealed class LIST
    {
        ELEM[] items;
        int count;

        // The storage of a list detached by Detach (list.sort): its
        // capacity is 0, so the next item stored grows it away.
        static readonly ELEM[] noStorage = new ELEM[0];

        public LIST(int capacity)
        {
            items = new ELEM[capacity < 4 ? 4 : capacity];
        }

        void Grow(long need)
        {
            if (need > 0x7FFFFFC7)
                throw new MemoryError("");
            long cap = (long)items.Length * 2;
            if (cap > 0x7FFFFFC7)
                cap = 0x7FFFFFC7;
            if (cap < need)
                cap = need;
            ELEM[] bigger = new ELEM[(int)cap];
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

        static int Clamp(long i, int n)
        {
            if (i < 0)
                return 0;
            if (i > n)
                return n;
            return (int)i;
        }

        public long Len()
        {
            return count;
        }

        public ELEM At(int i)
        {
            return items[i];
        }

        public void Append(ELEM x)
        {
            if (count == items.Length)
                Grow((long)count + 1);
            items[count++] = x;
        }

        public ELEM Get(long i)
        {
            return items[Index(i, "list index out of range")];
        }

        public void Set(long i, ELEM x)
        {
            items[Index(i, "list assignment index out of range")] = x;
        }

        public ELEM Pop()
        {
            if (count == 0)
                throw new IndexError("pop from empty list");
            count--;
            ELEM x = items[count];
            items[count] = default(ELEM);
            return x;
        }

        public ELEM PopAt(long i)
        {
            if (count == 0)
                throw new IndexError("pop from empty list");
            int k = Index(i, "pop index out of range");
            ELEM x = items[k];
            System.Array.Copy(items, k + 1, items, k, count - k - 1);
            count--;
            items[count] = default(ELEM);
            return x;
        }

        public void Extend(LIST other)
        {
            int n = other.count;
            if ((long)count + n > items.Length)
                Grow((long)count + n);
            System.Array.Copy(other.items, 0, items, count, n);
            count += n;
        }

        public LIST Slice(long start, long stop)
        {
            int a = Clamp(start, count);
            int b = Clamp(stop, count);
            if (b < a)
                b = a;
            LIST r = new LIST(b - a);
            System.Array.Copy(items, a, r.items, 0, b - a);
            r.count = b - a;
            return r;
        }

        public void Insert(long i, ELEM x)
        {
            int k = Clamp(i, count);
            if (count == items.Length)
                Grow((long)count + 1);
            System.Array.Copy(items, k, items, k + 1, count - k);
            items[k] = x;
            count++;
        }

        public void Truncate(long n)
        {
            int k = Clamp(n, count);
            System.Array.Clear(items, k, count - k);
            count = k;
        }

        public void Detach()
        {
            items = noStorage;
            count = 0;
        }

        public bool Detached()
        {
            return (object)items == (object)noStorage;
        }
    }
}
