"""App-level source of _structseq, the class factory behind the struct
sequences of sys and time (compiled by the VM when the first one is
made, see structseq.py)."""

STRUCTSEQ_SOURCE = """
def structseq_type(module, name, fields, n_seq):
    '''A tuple subclass module.name whose first n_seq items are also the
    attributes fields[:n_seq]; the fields after them are attributes only
    (None when the constructor's sequence leaves them out).'''
    fields = tuple(fields)
    total = len(fields)
    qualname = module + '.' + name

    def __new__(cls, sequence, dict=None):
        try:
            seq = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        n = len(seq)
        if n < n_seq or n > total:
            if n_seq == total:
                what = 'a %d' % total
            elif n < n_seq:
                what = 'an at least %d' % n_seq
            else:
                what = 'an at most %d' % total
            raise TypeError('%s() takes %s-sequence (%d-sequence given)' % (qualname, what, n))
        self = tuple.__new__(cls, seq[:n_seq])
        extra = {}
        for i in range(n_seq, total):
            value = seq[i] if i < n else None
            if value is None and dict is not None:
                value = dict.get(fields[i])
            extra[fields[i]] = value
        self._structseq_extra = extra
        return self

    def __repr__(self):
        return qualname + '(' + ', '.join(['%s=%r' % (fields[i], self[i]) for i in range(n_seq)]) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self), dict(self._structseq_extra)))

    ns = {'__new__': staticmethod(__new__), '__repr__': __repr__, '__reduce__': __reduce__,
          '__module__': module, 'n_sequence_fields': n_seq, 'n_fields': total, 'n_unnamed_fields': 0}
    for i in range(n_seq):
        ns[fields[i]] = property(lambda self, i=i: tuple.__getitem__(self, i))
    for f in fields[n_seq:]:
        ns[f] = property(lambda self, f=f: self._structseq_extra[f])
    return type(name, (tuple,), ns)
"""
