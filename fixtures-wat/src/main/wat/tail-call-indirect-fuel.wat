;; tail-call-indirect-fuel: counts 10^10 down to 0 by tail-calling itself through the table with
;; `return_call_indirect`: long but finite.
;; Stopped by: FUEL -> OUT_OF_FUEL (fuel only: the deadline is the 5 s backstop).
;; Hostile because: the loop is made of indirect tail calls only; injected fuel, charged per instruction,
;; must stop it where interruption checks do not. Run with a small guest stack (alsoLimitedBy STACK), so that
;; a runtime without real tail calls (one JVM frame per call) overflows long before the fuel runs out.
(module
  (type $count (func (param i64) (result i64)))
  (table 1 funcref)
  (elem (i32.const 0) $down)
  (func $down (type $count)
    (if (i64.eqz (local.get 0)) (then (return (i64.const 0))))
    (return_call_indirect (type $count)
      (i64.sub (local.get 0) (i64.const 1))
      (i32.const 0)))
  (func (export "run") (result i64)
    (call $down (i64.const 10000000000))))
