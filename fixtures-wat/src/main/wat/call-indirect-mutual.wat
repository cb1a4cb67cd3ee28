;; call-indirect-mutual: two loop-free functions that call each other through a table with
;; `call_indirect`, each calling the other twice; the depth is bounded at 60, so it is a binary call
;; tree of about 2^60 calls that spins instead of overflowing the stack.
;; Stopped by: DEADLINE -> PREEMPTED (indirect calls must be checked).
;; Hostile because: no loops and no direct calls; only an interruption check on call_indirect stops it.
(module
  (type $t (func (param i32)))
  (table 2 funcref)
  (elem (i32.const 0) $a $b)
  (func $a (type $t) (param $d i32)
    (if (i32.lt_u (local.get $d) (i32.const 60))
      (then
        (call_indirect (type $t) (i32.add (local.get $d) (i32.const 1)) (i32.const 1))
        (call_indirect (type $t) (i32.add (local.get $d) (i32.const 1)) (i32.const 1)))))
  (func $b (type $t) (param $d i32)
    (if (i32.lt_u (local.get $d) (i32.const 60))
      (then
        (call_indirect (type $t) (i32.add (local.get $d) (i32.const 1)) (i32.const 0))
        (call_indirect (type $t) (i32.add (local.get $d) (i32.const 1)) (i32.const 0)))))
  (func (export "run")
    (call_indirect (type $t) (i32.const 0) (i32.const 0))))
