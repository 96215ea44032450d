"""rlib on CPython."""

import unittest

from rlib import objectmodel, rarithmetic


class RlibTest(unittest.TestCase):
    def test_rarithmetic(self) -> None:
        r = rarithmetic
        self.assertEqual(r.LONG_BIT, 64)
        self.assertEqual(r.intmask(2**63), -(2**63))
        self.assertEqual(r.intmask(2**64 + 5), 5)
        self.assertEqual(r.intmask(-1), -1)
        self.assertEqual(r.intmask_mul(2**62, 4), 0)
        self.assertEqual(r.intmask_add(2**63 - 1, 1), -(2**63))
        self.assertEqual(r.ovfcheck(2**63 - 1), 2**63 - 1)
        with self.assertRaises(OverflowError) as cm:
            r.ovfcheck(2**63)
        self.assertEqual(str(cm.exception), "integer overflow")
        self.assertEqual(r.r_uint(-1), 2**64 - 1)
        self.assertEqual(r.r_uint_add(2**64 - 1, 2), 1)
        self.assertEqual(r.r_uint_sub(0, 1), 2**64 - 1)
        self.assertEqual(r.r_uint_mul(2**63, 2), 0)
        self.assertEqual(r.r_uint_rshift(-1, 60), 15)
        self.assertEqual(r.r_uint_floordiv(-1, 2), 2**63 - 1)
        self.assertTrue(r.r_uint_lt(1, -1))

    def test_objectmodel(self) -> None:
        self.assertFalse(objectmodel.we_are_translated())
        o = object()
        self.assertEqual(objectmodel.compute_identity_hash(o), objectmodel.compute_identity_hash(o))
