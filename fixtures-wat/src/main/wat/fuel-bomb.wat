;; fuel-bomb: a long but finite loop of 10^10 iterations (6 operators each), called via `run`.
;; Stopped by: FUEL -> OUT_OF_FUEL.
;; Hostile because: it would finish eventually (minutes), so only a fuel budget or deadline stops it.
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
