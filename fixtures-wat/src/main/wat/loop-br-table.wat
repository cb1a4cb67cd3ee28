;; loop-br-table: an infinite loop whose back-edge is a `br_table` (every target is the loop).
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: a runtime that checks `br`/`br_if` back-edges but not `br_table` ones never stops it.
(module
  (func (export "run")
    (loop $spin
      i32.const 0
      br_table $spin $spin)))
