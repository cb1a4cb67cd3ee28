;; memory-load-store-loop: an infinite loop that only loads and stores linear memory.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: a memory-bound loop with no arithmetic and no calls.
(module
  (memory 1 1)
  (func (export "run")
    (loop $spin
      (i32.store (i32.const 4) (i32.load (i32.const 0)))
      (i32.store (i32.const 0) (i32.load (i32.const 4)))
      br $spin)))
