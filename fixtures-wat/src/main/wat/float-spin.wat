;; float-spin: an infinite loop whose body is f64 arithmetic only (no integer operators).
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: checks keyed to integer counters or i32 comparisons never fire.
(module
  (func (export "run") (result f64)
    (local $x f64)
    (loop $spin
      local.get $x
      f64.const 1.5
      f64.mul
      f64.const 0.5
      f64.add
      f64.sqrt
      local.set $x
      br $spin)
    local.get $x))
