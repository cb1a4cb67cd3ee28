;; start-fuel-bomb: the start function runs a finite loop of 10^10 iterations.
;; Stopped by: FUEL -> OUT_OF_FUEL. Instantiate only.
;; Hostile because: fuel metering must already be on while the start function runs.
;; Observed (Chicory 1.7.5, 2026-11-24): the interpreter did NOT stop this br_if loop within 5 s of
;; an interrupt; the compiler stopped it at once.
(module
  (func $start
    (local $i i64)
    (loop $l
      local.get $i
      i64.const 1
      i64.add
      local.tee $i
      i64.const 10000000000
      i64.lt_u
      br_if $l))
  (start $start))
