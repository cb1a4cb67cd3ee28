;; fuel-bomb: a long but finite loop of 10^10 iterations (6 operators each), called via `run`.
;; Stopped by: FUEL -> OUT_OF_FUEL.
;; Hostile because: it would finish eventually (minutes), so only a fuel budget or deadline stops it.
;; Observed (Chicory 1.7.5, 2026-11-24): still running after 11 s on the compiler; the interpreter did
;; NOT stop this br_if loop within 5 s of an interrupt.
(module
  (func (export "run") (result i64)
    (local $i i64)
    (loop $l
      local.get $i
      i64.const 1
      i64.add
      local.tee $i
      i64.const 10000000000
      i64.lt_u
      br_if $l)
    local.get $i))
